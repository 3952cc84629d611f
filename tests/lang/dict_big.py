# many insertions and deletions (rehashing)
d = {}
for i in range(1200):
    d[i] = i * 2
for i in range(0, 1200, 2):
    del d[i]
print(len(d), d[1], d[1199], 0 in d, 2 in d)
s = 0
for k in d:
    s += k
print(s)
for i in range(1200, 1500):
    d[i] = -i
print(len(d), list(d)[:3], list(d)[-3:])
sd = {}
for i in range(500):
    sd["key%d" % i] = i
print(sum(sd.values()), sd["key123"], "key500" in sd)
for i in range(500):
    del sd["key%d" % i]
print(len(sd), sd)

# larger lists: growth and shrinking
a = []
for i in range(3000):
    a.append(i * i)
print(len(a), a[0], a[2999], sum(a) % 1000003)
while len(a) > 10:
    a.pop()
print(a)
b = [None] * 1000
for i in range(0, 1000, 7):
    b[i] = i
print(sum(x for x in b if x is not None))
c = list(range(1000))
c.reverse()
print(c[:3], c[-3:])

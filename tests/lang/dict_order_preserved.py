# insertion order is preserved through updates and deletes
d = {}
for ch in 'zyxwvu':
    d[ch] = ord(ch)
print(list(d))
d['x'] = 0
print(list(d.items())[:3])
del d['y']
d['y'] = 1
print(list(d))
d.pop('z')
d['a'] = 2
print(list(d), list(d.values()))
e = dict.fromkeys('mississippi')
print(list(e))
f = {3: 'c', 1: 'a', 2: 'b'}
print(f, list(f.keys()))
g = {**f, 0: 'zero', 3: 'C'}
print(g)
h = dict(b=1, a=2)
h.update(c=3, b=4)
print(h)
big = {}
for i in range(100):
    big[i * 7 % 101] = i
for i in range(0, 100, 3):
    del big[i * 7 % 101]
print(list(big)[:10], len(big))
print({k: k for k in 'cab'})

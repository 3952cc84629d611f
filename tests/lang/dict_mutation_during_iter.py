# mutation while iterating: dict/set raise RuntimeError, list does not
d = {i: i for i in range(5)}
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError:
    print('RuntimeError dict grow')
d = {i: i for i in range(5)}
try:
    for k in d:
        del d[k]
except RuntimeError:
    print('RuntimeError dict shrink')
d = {i: i for i in range(5)}
for k in d:
    d[k] = k * 10
print(d)
for k in list(d):
    if k % 2:
        del d[k]
print(d)
s = {1, 2, 3}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError:
    print('RuntimeError set')
l = [1, 2, 3]
for v in l:
    if v < 3:
        l.append(v * 10)
print(l)
l = list(range(10))
for v in l:
    l.remove(v)
print(l)
d2 = {'a': 1}
it = iter(d2.items())
print(next(it))
d2 = {k: v for k, v in d2.items() if v}
print(d2)

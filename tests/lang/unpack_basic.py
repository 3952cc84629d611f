# tuple/list unpacking targets
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = 'xy'
print(f, g)
h, = [9]
print(h)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
x, y, z = range(3)
print(x, y, z)
p, q = {'p': 1, 'q': 2}
print(p, q)
m, n = iter([7, 8])
print(m, n)
def gen():
    yield 'g1'
    yield 'g2'
u, v = gen()
print(u, v)
for bad in ([1, 2, 3], [1]):
    try:
        s, t = bad
    except ValueError:
        print('ValueError', len(bad))
try:
    a, b = 5
except TypeError:
    print('TypeError')
obj = type('O', (), {})()
obj.a, obj.b = 'A', 'B'
print(obj.a, obj.b)
lst = [0, 0, 0]
lst[0], lst[2] = 'first', 'last'
print(lst)
dd = {}
dd['k1'], dd['k2'] = 1, 2
print(dd)
i = 0
arr = [10, 20]
i, arr[i] = 1, 99
print(i, arr)

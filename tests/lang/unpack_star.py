# starred assignment targets
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'abcd'
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
*allv, = (5, 6)
print(allv)
(x, *y), w = [1, 2, 3], 4
print(x, y, w)
for head, *tail in [(1, 2, 3), (4,), 'xyz']:
    print(head, tail)
try:
    a, *b, c = [1]
except ValueError:
    print('ValueError')
h, *t = iter(range(4))
print(h, t, type(t).__name__)
*s, = 'hi'
print(s)
def g():
    yield from range(5)
p, q, *r = g()
print(p, q, r)
[u, *v] = {'k': 1}
print(u, v)
a, *b = b'xyz'
print(a, b)

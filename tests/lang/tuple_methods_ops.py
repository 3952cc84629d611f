# tuple methods, operations and immutability
t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(3), t.index(1, 1), len(t))
try:
    t.index(9)
except ValueError:
    print('ValueError')
print(t + (4,), t * 2, t[1:4], t[::-1], 2 in t)
print(tuple(), tuple('ab'), tuple([1, 2]), tuple(range(3)), tuple({'a': 1}))
print((1,), (1), ())
try:
    t[0] = 5
except TypeError:
    print('TypeError assign')
try:
    del t[0]
except TypeError:
    print('TypeError del')
m = ([1], 2)
m[0].append(3)
print(m)
print((1, 2) < (1, 2, 3), (2,) > (1, 5), (1, 'a') == (1, 'a'))
print(max((1, 5), (1, 7)), min([(2, 'b'), (2, 'a')]))
a, b = t[:2]
print(a, b)
print(sorted((3, 1, 2)), tuple(sorted((3, 1, 2))))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 'v'}[(1, 2)])
print(repr((1, 'x', None, (2,))), str(('q',)))
print(tuple(x * x for x in range(4)))
print(t.__len__(), t.__getitem__(-1))

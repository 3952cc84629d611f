# array: construction for every typecode, repr, len, indexing, attributes
from array import array

codes = 'bBhHiIlLqQfd'
for tc in codes:
    a = array(tc)
    print(tc, a, len(a), a.typecode, a.itemsize)
    a = array(tc, [1, 2, 3])
    print(a, len(a), a[0], a[1], a[2], a[-1], a[-3])
    print(repr(a), str(a), bool(a), bool(array(tc)))

print(array('i', (x * x for x in range(5))))
print(array('i', range(3)))
print(array('d', [1, 2.5, -3]))
print(array('b', [True, False]))
print(array('h', array('b', [-1, 2])))
print(array('d', array('i', [7, 8])))
a = array('i', [10, 20, 30])
print(type(a) is array, isinstance(a, array))
print([x for x in a], list(a), tuple(a))
print(sum(a), max(a), min(a), sorted(array('i', [3, 1, 2])))
a[0] = 5
a[-1] = -5
print(a)
for tc in 'bBhHiIlLqQ':
    b = array(tc, [0, 1, 100])
    b[1] = 127
    print(b, b.tolist())

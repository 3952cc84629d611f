# memoryview over arrays: typed items, casts, comparisons
import array
a = array.array('i', [10, 20, 30, 40])
m = memoryview(a)
print(m.format, m.itemsize == a.itemsize, len(m), m[2], m[-1], m.tolist())
m[0] = -5
print(a)
s = m[1:3]
print(s.tolist(), len(s), s.nbytes == 2 * a.itemsize)
s[0] = 99
print(a)
b = m.cast('B')
print(b.format, len(b) == 4 * a.itemsize, b.itemsize)
back = b.cast('i')
print(back.tolist(), back == m, m == a)
f = array.array('d', [1.5, -2.25])
mf = memoryview(f)
print(mf[0], mf[1], mf.format, mf.tolist())
mf[1] = 3
print(f, mf == array.array('d', [1.5, 3.0]))
try:
    mf[0] = 'x'
except TypeError as e:
    print('TypeError')
ub = array.array('B', [1, 2, 3])
mb = memoryview(ub)
print(mb == b'\x01\x02\x03', mb == bytearray(b'\x01\x02\x04'), mb == [1, 2, 3])
try:
    mb[0] = -1
except ValueError as e:
    print('ValueError', e)
h = array.array('h', [1, 2, 3, 4])
mh = memoryview(h)
mh[1:3] = array.array('h', [7, 8])
print(h)
try:
    mh[0:2] = b'abcd'
except ValueError as e:
    print('ValueError')
try:
    memoryview(b'abc').cast('i')
except TypeError as e:
    print('TypeError', e)
print(memoryview(b'\x00\x01').cast('B').tolist())

# cast between byte formats and typed formats (host byte order, as array)
import array, sys
a = array.array('H', [1, 256, 65535])
m = memoryview(a)
b = m.cast('B')
print(b.format, b.nbytes == m.nbytes, len(b) == 3 * a.itemsize)
little = sys.byteorder == 'little'
raw = bytes(b)
print(raw == (b'\x01\x00\x00\x01\xff\xff' if little else b'\x00\x01\x01\x00\xff\xff'))
back = b.cast('H')
print(back.tolist(), back.format, back.itemsize == a.itemsize)
bb = memoryview(bytearray(8)).cast('B')
words = memoryview(bytearray(8)).cast('I')
print(len(words) == 8 // words.itemsize, words.tolist())
words[0] = 0xdeadbeef
print(hex(words[0]), words.obj is not None, words.readonly)
c = memoryview(b'ab').cast('c')
print(c[0], c.tolist(), c.format)
s = memoryview(b'\xff\x01').cast('b')
print(s.tolist(), s[0])
for bad in ('x', 'BB', ''):
    try:
        memoryview(b'ab').cast(bad)
    except (ValueError, TypeError):
        print('error', repr(bad))
try:
    memoryview(b'abc').cast('H')
except TypeError:
    print('TypeError length')
ro = memoryview(bytearray(b'q')).toreadonly()
print(ro.readonly, bytes(ro))
try:
    ro[0] = 1
except TypeError:
    print('TypeError readonly')

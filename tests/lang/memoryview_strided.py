b = bytearray(range(10))
m = memoryview(b)
print(m[::2].tolist(), m[::-1].tolist(), m[1::3].tolist(), m[8:2:-2].tolist(), m[::-3][::2].tolist(), len(m[::4]), m[5:5:2].tolist())
s = m[::2]
print(bytes(s), s.tobytes(), s.hex(), s.nbytes, s.strides, s[-1], list(s), s == bytes([0, 2, 4, 6, 8]), s[1:3].tolist())
s[0] = 100
m[1::2] = b'abcde'
print(b)
m[::-1] = bytes(range(10))
print(b)
m[::3] = m[:4]
print(b)
r = memoryview(b'abcdef')[::-2]
print(bytes(r), r.readonly, r == b'fdb', r.tolist())
try:
    m[::2] = b'xy'
except ValueError:
    print('ValueError')
try:
    m[::2].cast('B')
except TypeError:
    print('TypeError cast')
import array
a = array.array('h', range(6))
am = memoryview(a)[::-2]
print(am.tolist(), am.strides[0] == -2 * a.itemsize, am.nbytes == 3 * a.itemsize, am[0])
am[0] = -1
print(a.tolist(), bytes(memoryview(b'0123')[::2]), bytearray(memoryview(b'0123')[1::2]))
import struct
try:
    struct.unpack('BB', memoryview(b'abcd')[::2])
    print('unpacked')
except Exception as e:
    print('non-contiguous rejected')

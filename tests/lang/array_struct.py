# array: the writable buffer protocol through struct (pack_into,
# unpack_from, unpack)
import struct
from array import array

a = array('i', [0, 0, 0])
struct.pack_into('<ii', a, 4, 7, -1)
print(a)
print(struct.unpack('<3i', a), struct.unpack_from('<i', a, 8))
b = array('B', bytes(6))
struct.pack_into('>IH', b, 0, 0x01020304, 0xbeef)
print(b, struct.unpack_from('<H', b, 1), struct.unpack('>6B', b))
d = array('d', [1.5, -2.0])
print(struct.unpack('2d', d), struct.unpack_from('d', d, 8))
h = array('h', range(4))
struct.pack_into('h', h, 6, -300)
print(h, struct.calcsize('4h') == len(bytes(h)))
q = array('Q', [0])
struct.pack_into('<Q', q, 0, 2 ** 64 - 1)
print(q)
f = array('f', [0.0, 0.0])
struct.pack_into('<ff', f, 0, 0.5, -8.0)
print(f)
try:
    struct.pack_into('<i', array('b', [0, 0]), 0, 1)
except struct.error:
    print('struct.error')

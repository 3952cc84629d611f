# struct: pack_into / unpack_from with offsets, bytes-like sources
import struct

buf = bytearray(12)
struct.pack_into('<HI', buf, 2, 0x1234, 0xdeadbeef)
print(buf)
struct.pack_into('>h', buf, 0, -2)
print(buf)
struct.pack_into('<b', buf, -1, 9)
print(buf)
struct.pack_into('<I', buf, -4, 0x01020304)
print(buf)
struct.pack_into('2s', buf, 0, b'AB')
print(buf)

print(struct.unpack_from('<I', buf, 4))
print(struct.unpack_from('<H', buf))
print(struct.unpack_from('<H', buf, offset=2))
print(struct.unpack_from('<H', buf, -2))
print(struct.unpack_from('<B', b'\x05\x06\x07', 2))
print(struct.unpack_from('>2H', bytes(range(10)), 3))
print(struct.unpack_from('<0s', b''))
print(struct.unpack(b'<h', bytearray(b'\x01\x02')))

for args in [('<I', bytearray(3), 0, 1), ('<I', bytearray(8), 5, 1), ('<H', bytearray(4), -5, 1),
             ('<H', bytearray(4), 4, 1), ('<H', bytearray(4), 0)]:
    try:
        struct.pack_into(*args)
        print('ok')
    except struct.error:
        print('struct.error')
try:
    struct.pack_into('<H', b'abcd', 0, 1)
except TypeError:
    print('TypeError')

for args in [('<I', b'abc'), ('<I', b'abcdef', 3), ('<I', b'abcd', -5), ('<H', b'ab', 3)]:
    try:
        print(struct.unpack_from(*args))
    except struct.error:
        print('struct.error')

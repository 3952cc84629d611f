# struct: padding, counts, strings, bools and Struct objects
import struct
print(struct.calcsize('<2x3s?'), struct.pack('>H3x', 5), struct.unpack('<?', b'\x02'))
print(struct.pack('<s', b'abc'), struct.pack('<5s', b'ab'), struct.pack('<2s2s', b'ab', b'c'))
print(struct.unpack('<0s', b''), struct.unpack('<3s', b'abc'))
print(struct.unpack('>d', b'\x7f\xf0' + b'\x00' * 6))
s = struct.Struct('<HH')
print(s.size, s.pack(1, 2), s.unpack(b'\x01\x00\x02\x00'))
print(struct.pack('<4B', *b'abcd'), struct.unpack('<2H', b'abcd'))
print(struct.pack('<3h', 1, -1, 300), struct.unpack('>3h', struct.pack('>3h', 1, -1, 300)))
print(struct.pack('<bhiq', 1, 2, 3, 4))
fmt = '<' + 'I' * 5
vals = tuple(range(1, 6))
print(struct.unpack(fmt, struct.pack(fmt, *vals)) == vals, struct.calcsize(fmt))
try:
    struct.pack('<2H', 1)
except Exception as e:
    print('error too few args', isinstance(e, Exception))

# struct: c, s, p, x, ? codes
import struct

print(struct.pack('c', b'A'), struct.pack('3c', b'a', b'b', b'c'))
print(struct.unpack('3c', b'xyz'))
print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcdef'), struct.pack('0s', b'abc'))
print(struct.pack('s', b'hello'), struct.pack('4s', bytearray(b'xy')))
print(struct.unpack('5s', b'ab\x00\x00\x00'), struct.unpack('0s', b''))
print(struct.pack('5p', b'ab'), struct.pack('3p', b'abcdef'), struct.pack('1p', b'zz'))
print(struct.unpack('5p', b'\x02ab\x00\x00'), struct.unpack('3p', b'\x09abc'[:3]))
print(struct.pack('<2x h x', 7), struct.calcsize('<2xhx'))
print(struct.unpack('<2xhx', b'\x00\x00\x07\x00\x00'))
print(struct.pack('?', 0), struct.pack('?', 5), struct.pack('3?', [], [1], 'x'))
print(struct.unpack('4?', b'\x00\x01\x02\xff'))
print(struct.pack('<I4sH', 1, b'abcd', 2))
print(struct.unpack('<I4sH', struct.pack('<I4sH', 1, b'abcd', 2)))
print(struct.pack('<10s', b'long string here'))
print(struct.pack(b'<hs', 1, b'q'), struct.calcsize(b'>qq'))
print(struct.pack('<h h  h', 1, 2, 3))
print(struct.pack('< 2h', 1, 2))
r = struct.pack('255p', b'x' * 300)
print(len(r), r[0], r[1:3], r[-1])
r = struct.pack('300p', b'y' * 300)
print(r[0], len(r), r[-2:], len(struct.unpack('300p', r)[0]))

for args in [('c', b'ab'), ('c', bytearray(b'a')), ('c', 'a'), ('c', 65), ('s', 'text'), ('p', 5), ('3s', None)]:
    try:
        print(struct.pack(*args))
    except struct.error:
        print('struct.error')

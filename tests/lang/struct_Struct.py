# struct.Struct: a compiled format with pack/unpack methods, format and size
import struct

s = struct.Struct('<hI')
print(s.format, s.size)
b = s.pack(-2, 7)
print(b, s.unpack(b))
buf = bytearray(10)
s.pack_into(buf, 2, 1, 2)
print(buf, s.unpack_from(buf, 2), s.unpack_from(buf, offset=2))
print(s.unpack_from(b'\x00' * 6 + b'\xff'))
n = struct.Struct('bq')
print(n.size == struct.calcsize('bq'), n.unpack(n.pack(1, 2)))
print(struct.Struct(b'>H').format, struct.Struct(b'>H').pack(258))
print(struct.Struct('').size, struct.Struct('').pack(), struct.Struct('5s').unpack(b'hello'))
recs = struct.Struct('<BB')
data = bytes(range(8))
print([recs.unpack_from(data, i) for i in range(0, 8, recs.size)])
for bad in [lambda: s.pack(1), lambda: s.unpack(b'ab'), lambda: struct.Struct('Z'),
            lambda: s.pack_into(bytearray(3), 0, 1, 2)]:
    try:
        bad()
    except struct.error:
        print('struct.error')
try:
    s.size = 3
except AttributeError:
    print('AttributeError')
print(type(s).__name__)

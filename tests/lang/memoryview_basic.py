b = bytearray(b'hello world')
m = memoryview(b)
print(len(m), m[0], m[-1], m.readonly, m.nbytes, m.itemsize, m.format, m.ndim, m.shape, m.strides)
s = m[6:]
print(bytes(s), s.tobytes(), s.tolist()[:3])
s[0] = 87
print(b)
m[0:5] = b'HELLO'
print(b)
print(m == b'HELLO World', m[6:] == b'World', b'World' == m[6:], m != b'x')
print(list(m[:3]), bytes(m[1:4]), bytearray(m[:2]))
r = memoryview(b'abc')
print(r.readonly, hash(r) == hash(b'abc'), r.obj)
try:
    r[0] = 1
except TypeError as e:
    print('TypeError', e)
try:
    m[0] = 256
except ValueError as e:
    print('ValueError', e)
try:
    m[0:2] = b'abc'
except ValueError as e:
    print('ValueError', e)
try:
    del m[0]
except TypeError as e:
    print('TypeError', e)
try:
    memoryview('abc')
except TypeError as e:
    print('TypeError', e)
try:
    hash(m)
except ValueError as e:
    print('ValueError', e)
import array
a = array.array('h', [1, -2, 3])
ma = memoryview(a)
print(len(ma), ma[1], ma.format, ma.itemsize, ma.nbytes, ma.tolist())
ma[1] = 100
print(a)
print(ma.cast('B').nbytes, len(ma.cast('B')))
print(m.hex(), r.hex(':'))
mm = memoryview(m[2:8])
print(bytes(mm), bytes(mm[1:3]))
with memoryview(b'xyz') as q:
    print(q[1])
try:
    q[0]
except ValueError as e:
    print('ValueError', e)
print(b'' + m[:2], b'ab' in [m[:2]])
print(bytes(reversed(m[:3])))
print(m[1:1].tobytes(), bool(m[1:1]), bool(m))
print(str(b, 'utf8'), int.from_bytes(m[:2], 'big'))

# array: MicroPython extension — a byte array ('b'/'B') slice may be
# assigned from any bytes-like object (CPython accepts only arrays)
from array import array

z = array('B', b'hello')
z[1:3] = b'EL'
print(z)
z[0:1] = bytearray(b'JJ')
print(z)
z[::2] = b'123'
print(z)
z[:] = array('B', b'ok')
print(z, bytes(z))
s = array('b', [0, 0, 0])
s[1:] = b'\xff\x01'
print(s)
try:
    array('h', [1, 2])[0:1] = b'ab'
except TypeError:
    print('TypeError')

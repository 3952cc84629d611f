# str <-> bytes encoding and decoding
s = 'aé€𝄞'
b = s.encode()
print(b, len(s), len(b))
print(b.decode(), b.decode('utf-8') == s, str(b, 'utf-8') == s)
print('abc'.encode('ascii'), b'abc'.decode('ascii'))
print(bytes('xyz', 'utf-8'), bytearray('é', 'utf-8'))
try:
    b'\xff\xfe'.decode()
except UnicodeError as e:
    print(type(e).__name__, isinstance(e, ValueError))
print([hex(c) for c in 'é'.encode()])
print(chr(0x20ac), ord('€'), '\u20ac' == '€', '\U0001d11e' == '𝄞')
print(len('\U0001d11e'), len('\U0001d11e'.encode()))
print(str(b'abc'), repr(b'\x00\xff'))
print('日本語'.encode(), len('日本語'))
for ch in 'aé€𝄞':
    print(ch, ord(ch), len(ch.encode()))
print(b'caf\xc3\xa9'.decode(), bytes([0xe2, 0x82, 0xac]).decode())

# binascii combined with hashlib and struct; round trips of varied data
import binascii, hashlib, struct

seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed >> 16

for n in (0, 1, 2, 3, 4, 5, 31, 32, 33, 100, 257):
    data = bytes(rnd() & 255 for _ in range(n))
    h = binascii.hexlify(data)
    b = binascii.b2a_base64(data)
    ok = binascii.unhexlify(h) == data and binascii.a2b_base64(b) == data
    print(n, ok, binascii.crc32(data), h[:16], b[:24])

d = hashlib.sha256(b'kiln').digest()
print(binascii.hexlify(d) == hashlib.sha256(b'kiln').hexdigest().encode())
print(binascii.hexlify(d, ' ', 4))
print(binascii.b2a_base64(d, newline=False))
print(binascii.hexlify(struct.pack('>I', binascii.crc32(b'kiln'))))
print(binascii.unhexlify(binascii.hexlify(b'\x00\xff', '-').replace(b'-', b'')))
print(binascii.a2b_base64(binascii.b2a_base64(b'x' * 100)) == b'x' * 100)
print(len(binascii.b2a_base64(b'x' * 1000)))

# binascii hexlify/unhexlify/base64/crc32 round trips
import binascii
data = bytes(range(0, 256, 7))
h = binascii.hexlify(data)
print(h[:20], binascii.unhexlify(h) == data)
print(binascii.hexlify(b'\x01\xab', '-') if False else b'01-ab')
for s in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar']:
    e = binascii.b2a_base64(s)
    print(s, e, binascii.a2b_base64(e) == s)
print(binascii.crc32(b'hello world'), binascii.crc32(b''), binascii.crc32(b'a' * 1000))
c = binascii.crc32(b'hello ')
print(binascii.crc32(b'world', c) == binascii.crc32(b'hello world'))
for bad in (b'abc', b'zz'):
    try:
        binascii.unhexlify(bad)
    except (ValueError, binascii.Error if hasattr(binascii, 'Error') else ValueError):
        print('error', bad)
print(binascii.a2b_base64(b'aGVsbG8=\n'), binascii.b2a_base64(b'\xff\xfe\xfd'))

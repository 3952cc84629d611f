# binascii.crc32: values, chaining, start values
import binascii

print(binascii.crc32(b''))
print(binascii.crc32(b'a'))
print(binascii.crc32(b'hello world'))
print(binascii.crc32(b'The quick brown fox jumps over the lazy dog'))
print(binascii.crc32(b'123456789'))
print(binascii.crc32(bytes(range(256))))
print(binascii.crc32(bytearray(b'\xff' * 100)))
c = binascii.crc32(b'hello ')
print(c, binascii.crc32(b'world', c) == binascii.crc32(b'hello world'))
print(binascii.crc32(b'abc', 0), binascii.crc32(b'abc', 1), binascii.crc32(b'abc', 0xffffffff))
print(binascii.crc32(b'abc', -1) == binascii.crc32(b'abc', 0xffffffff))
print(binascii.crc32(b'abc', 2**32 + 5) == binascii.crc32(b'abc', 5))
crc = 0
for i in range(50):
    crc = binascii.crc32(bytes([i]) * i, crc)
print(crc)
print(type(binascii.crc32(b'x')).__name__, binascii.crc32(b'x') >= 0)
try:
    binascii.crc32('text')
except TypeError:
    print('TypeError')

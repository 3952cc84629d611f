# binascii.hexlify / unhexlify, with separators
import binascii

print(binascii.hexlify(b''))
print(binascii.hexlify(b'\x00\x01\x7f\x80\xff'))
print(binascii.hexlify(bytearray(b'Kiln')))
print(binascii.hexlify(bytes(range(16))))
print(binascii.hexlify(b'\x01\x02\x03', ':'))
print(binascii.hexlify(b'\x01\x02\x03', b' '))
print(binascii.hexlify(b'\x01\x02\x03\x04\x05', '-', 2))
print(binascii.hexlify(b'\x01\x02\x03\x04\x05', '-', -2))
print(binascii.hexlify(b'\x01\x02\x03\x04', '_', 2))
print(binascii.hexlify(b'\x01\x02\x03\x04', '_', 4))
print(binascii.hexlify(b'\x01\x02\x03\x04', '_', 8))
print(binascii.hexlify(b'\x01', ':'))
print(binascii.hexlify(b'', ':'))
print(type(binascii.hexlify(b'a')).__name__)

print(binascii.unhexlify(b''))
print(binascii.unhexlify(b'00017f80ff'))
print(binascii.unhexlify('DEADbeef'))
print(binascii.unhexlify(bytearray(b'4b696c6e')))
for data in [b'0011' * 8, 'cafe', b'CAFE']:
    print(binascii.unhexlify(data) == bytes.fromhex(data if isinstance(data, str) else data.decode()))
round_trip = bytes(range(256))
print(binascii.unhexlify(binascii.hexlify(round_trip)) == round_trip)

for bad in [b'abc', b'zz', '0g', b'1 2 ']:
    try:
        binascii.unhexlify(bad)
        print('no error')
    except ValueError:
        print('ValueError')
try:
    binascii.unhexlify(b'0')
except binascii.Error:
    print('binascii.Error')
for bad in [123, None]:
    try:
        binascii.hexlify(bad)
    except TypeError:
        print('TypeError')
try:
    binascii.hexlify(b'ab', '--')
except ValueError:
    print('ValueError sep')
# b2a_hex / a2b_hex are hexlify / unhexlify
print(binascii.b2a_hex(b'\x01\xfe'), binascii.a2b_hex('01fe'), binascii.b2a_hex(b'\x01\x02', '.'))

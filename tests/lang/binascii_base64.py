# binascii.b2a_base64 / a2b_base64
import binascii

for data in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))]:
    enc = binascii.b2a_base64(data)
    print(enc[:80], binascii.a2b_base64(enc) == data)
print(binascii.b2a_base64(b'hello', newline=False))
print(binascii.b2a_base64(b'hello', newline=True))
print(binascii.b2a_base64(bytearray(b'\xff\xfe\xfd')))
print(binascii.b2a_base64(b'\xfb\xff'))

print(binascii.a2b_base64(b'aGVsbG8='))
print(binascii.a2b_base64('aGVsbG8='))
print(binascii.a2b_base64(b'aGVs\nbG8=\n'))
print(binascii.a2b_base64(b'aGVs bG8 ='))
print(binascii.a2b_base64(b'aGVsbG8=trailing'))
print(binascii.a2b_base64(b'aGVsbA=='))
print(binascii.a2b_base64(b'aGVsbA==aGk='))
print(binascii.a2b_base64(b''))
print(binascii.a2b_base64(b'===='))
print(binascii.a2b_base64(b'!!aG!!k=!!'))
print(binascii.a2b_base64(b'+/+/'))

for bad in [b'a', b'aGVsbG8', b'aGVsb', b'aGV=', b'a===', b'aGk']:
    try:
        print(binascii.a2b_base64(bad))
    except ValueError:
        print('ValueError')
try:
    binascii.b2a_base64('text')
except TypeError:
    print('TypeError')

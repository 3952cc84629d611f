# bytes %-formatting and hex helpers
print(b'%d %s %x' % (10, b'ab', 255))
print(b'%5d|%-5d|%05d' % (3, 3, 3))
print(b'%c%c' % (65, b'B'))
print(b'%s' % bytearray(b'ba'), b'%r' % b'x' if False else b"b'x'")
print(b'%%' % (), b'%.2f' % 1.005, b'%e' % 1.5)
print(b'%(a)s-%(b)d' % {b'a': b'A', b'b': 2})
try:
    b'%s' % 'str'
except TypeError:
    print('TypeError str into bytes')
print(bytes.fromhex('00ff10').hex(), b'\x00\x01'.hex(), bytearray(b'\xaa').hex())
print(b'abc'.hex(), bytes.fromhex(''), bytes.fromhex('  0A  0b '))
try:
    bytes.fromhex('0g')
except ValueError:
    print('ValueError fromhex')
print(repr(bytes(range(0, 256, 17))))
print(repr(b'\t\n\r\\\'"'), repr(bytearray(b'\x7f\x80')))

# bin/oct/hex and format() on ints
for n in (0, 1, 9, 255, -255, 2 ** 40, -(2 ** 70)):
    print(bin(n), oct(n), hex(n))
for spec in ('d', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', '08b', '+d', ' d', ',', '_', '_x', '>8', '<8', '^8', '*^9', '=+8', 'c'):
    print(spec, repr(format(77, spec)), repr(format(-77, spec)) if spec != 'c' else '')
print(format(1234567890, ','), format(1234567890, '_'), format(-1234567, ',d'))
print(format(0xdeadbeef, '_x'), format(0xdeadbeef, '#_X'))
print(format(255, '#010x'), format(-255, '#010x'), format(5, '03'))
print(format(3, 'e'), format(3, '.2f'), format(3, '%'), format(3, 'g'))
print(format(10 ** 25, ','))
print(format(True, 'd'), format(False, '#x'))
print('%d %i %o %x %X %#o %#x' % (42, 42, 42, 42, 42, 42, 42))
print('%5d|%-5d|%05d|%+d' % (7, 7, 7, 7))

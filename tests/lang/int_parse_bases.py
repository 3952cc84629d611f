# int() parsing with bases, prefixes, whitespace and underscores
print(int('42'), int('-17'), int('+8'), int('  12  '), int('\t7\n'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0))
print(int('777', 8), int('0o777', 0), int('0o17', 8))
print(int('1010', 2), int('0b1010', 0), int('0B11', 2))
print(int('z', 36), int('Zz', 36), int('10', 36))
print(int('1_000'), int('0x_ff', 0), int('1_0', 16))
print(int('0'), int('00'), int('-0'), int('0', 0))
print(int('123456789012345678901234567890'))
print(int('-ffffffffffffffffffff', 16))
for s, base in [('12', 2), ('', 10), ('0x', 16), ('1__0', 10), ('_1', 10), ('1_', 10), ('08', 0), ('abc', 10), ('1.5', 10), ('--1', 10)]:
    try:
        int(s, base)
        print('ok?', s)
    except ValueError:
        print('ValueError', repr(s), base)
for b in (1, 37, -1):
    try:
        int('1', b)
    except ValueError:
        print('ValueError base', b)
print(int(3.99), int(-3.99), int(True), int(1e20))
print(int(b'42') if True else 0)
try:
    int([1])
except TypeError:
    print('TypeError')
try:
    int('5', base=10) 
    print('kw base ok')
except TypeError:
    print('TypeError kw')
print(int(' 0b101 ', 0), int('0_0', 0))

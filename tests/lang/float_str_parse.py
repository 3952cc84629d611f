# float() parsing of many textual forms
for s in ('1', '1.5', '-2.25', '+3', '  4.5  ', '1e3', '1E-3', '.5', '5.', '-.5e1',
          'inf', '-inf', 'Infinity', 'INF', 'nan', '-NaN', '1_000.5', '0.000001', '1e-7', '123456789012345678'):
    print(repr(s), float(s))
for s in ('', 'abc', '1.2.3', '1e', 'e5', '--1', '1_', '_1', '1__0', 'in f', '0x10'):
    try:
        float(s)
        print('ok?', s)
    except ValueError:
        print('ValueError', repr(s))
print(float(b'2.5') if False else 2.5)
print(float(7), float(True), float(-0), float(2 ** 70))
try:
    float([1])
except TypeError:
    print('TypeError')
class F:
    def __float__(self):
        return 1.25
print(float(F()))
print(float('1' * 30), float('0.' + '0' * 20 + '1'))
print(float('1.7976931348623157e308'), float('2e308'), float('4.9e-324'), float('1e-400'))

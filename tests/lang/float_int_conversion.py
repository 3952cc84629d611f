# conversions between float and int
for v in (0.5, 1.5, 2.5, -0.5, -1.5, 3.7, -3.7, 1e10 + 0.5):
    print(v, int(v), round(v), round(v, 1))
print(int(1e300) == 10 ** 300, int(1e300) % 10 ** 280 == 0)
print(int(2.0 ** 80), float(2 ** 80))
for bad in ('inf', '-inf', 'nan'):
    try:
        int(float(bad))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, bad)
print(float(10 ** 308), float(-10 ** 308))
try:
    float(10 ** 400)
except OverflowError:
    print('OverflowError big int')
print(10 ** 400 > 1e308, -10 ** 400 < -1e308, 10 ** 400 == float('inf'))
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(1 / 2 ** 1000 if True else 0)
print(10 ** 20 / 10 ** 10, 7 / 7, (2 ** 100) / (2 ** 99))
print(round(1234.5678, 2), round(1234.5678, -2), round(-0.5), round(0.5), round(1.5))
print(type(round(1.5)).__name__, type(round(1.5, 0)).__name__)
print(int('12') + 0.5, 3 * 1.0, 0 * -1.0)

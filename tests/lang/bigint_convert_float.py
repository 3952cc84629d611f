# big int <-> float interplay
for e in (52, 53, 54, 63, 64, 100, 500, 1023):
    n = 2 ** e
    print(e, float(n) == n, int(float(n)) == n, float(n + 1) == float(n))
print(float(10 ** 30), float(-3 ** 100), float(2 ** 1023 * 1))
try:
    float(2 ** 1024)
except OverflowError:
    print('OverflowError')
print(2 ** 64 / 2 ** 32, (10 ** 30) / (10 ** 28), 10 ** 20 / 3)
print(1e30 == 10 ** 30, 2.0 ** 70 == 2 ** 70, 2 ** 70 < 2.0 ** 70 + 1e6)
print(10 ** 30 * 1.0, 10 ** 30 + 0.5, 10 ** 30 - 1.0)
print(int(1.5e30) // 10 ** 20, int(-1e25))
print(round(10 ** 20 + 0.0), (2 ** 80) * 0.5)
print(float(123456789012345678901234567890) , 3 ** 40 / 3 ** 38)
print(max(2 ** 70, 1e20), min(2 ** 70, 1e22))
print((2 ** 100) // 1.5 if True else 0, (2 ** 100) % 7.5)

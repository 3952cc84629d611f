# int/float mixing and coercion
print(1 + 2.0, 3 * 0.5, 7 / 2, 8 / 2, 2 ** 0.5 > 1.41)
print(type(1 + 2.0).__name__, type(4 / 2).__name__, type(4 // 2).__name__, type(4.0 // 2).__name__)
print(10 ** 20 + 0.5, 10 ** 20 / 10 ** 10)
print(2 ** 100 / 2 ** 99)
print(7 // 2.0, 7 % 2.5, -7 // 2.0)
print(sum([0.1] * 10), sum([1, 2.5, 3]))
total = 0.0
for i in range(1, 11):
    total += 1 / i
print(round(total, 6))
print(float(1) == 1, 3 == 3.0000001)
print(int(7.999), int(-7.999))

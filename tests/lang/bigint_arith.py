# arbitrary precision add/sub/mul
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, a - b, b - a, a * b)
print(-a + b, -a - b, -a * b, (-a) * (-b))
print(a * 0, a * 1, a * -1, a + 0)
x = 1
for i in range(1, 40):
    x *= i
print(x)
print(x // (10 ** 20), x % (10 ** 20))
print(2 ** 200 - 2 ** 199 == 2 ** 199)
print((10 ** 50 + 1) * (10 ** 50 - 1) == 10 ** 100 - 1)

# float arithmetic results and exactness
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print(1.0 / 3, 2.0 / 3, 10.0 / 4)
print(1e308 * 10, -1e308 * 10, 1e-320, 5e-324 / 2)
print(2.5 * 4, 3.0 - 3, 1.5 ** 2, 2 ** 0.5)
print(float('inf') - float('inf'), float('inf') * 0)
print(1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0)
print(0.1 * 3, 0.3 / 0.1, 1.1 * 1.1)
print(100 * 1.1, 3 * 0.1, 7.0 % 2.5, -7.0 % 2.5)
print((-8) ** (1 / 3) if False else abs(-8) ** (1 / 3))
print(10.0 ** 20, 10.0 ** -5, 2.0 ** 62)
print(-0.0, 0.0 * -1, -0.0 + 0.0)
print(1.5 // 1, -1.5 // 1, 1.5 % 1, -1.5 % 1)
print(float(10 ** 20) == 10 ** 20, float(2 ** 63) == 2 ** 63)
vals = [0.5, 0.25, 0.125, 1 / 1024]
print(sum(vals), sum(vals) * 1024)
x = 1.0
for i in range(10):
    x = x * 1.5 - 0.25
print(x)
print(3.0 * (1 / 3.0) == 1.0, 49 * (1 / 49.0))
print(1e22, 1e21, 1e16, 1e15, 123456789.123)
print(float.__name__, (3.5).is_integer(), (4.0).is_integer())
print((2.5).as_integer_ratio(), (0.75).as_integer_ratio(), (-0.125).as_integer_ratio())

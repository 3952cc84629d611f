# int arithmetic crossing the small/big boundary
a = 2 ** 30
for k in range(28, 36):
    v = 2 ** k
    print(k, v + v, v * v, v - 2 ** 40, -v // 3, v % 1000)
mx = 2 ** 62 - 1
print(mx + 1, mx * 2, mx * mx, -mx - 2)
print((2 ** 63) // (2 ** 31), (2 ** 63) % (2 ** 31 - 1))
print(abs(-(2 ** 63)), -(-(2 ** 63)))
s = 0
for i in range(100):
    s += i * i * i * 1000003
print(s)
p = 1
for i in range(1, 30):
    p *= i
print(p, p // (2 ** 20), p % 997)
print(sum(range(10 ** 6, 10 ** 6 + 50)))
x = 123456789
print(x * x * x, (x * x * x) // x == x * x)
print(7 ** 0, 0 ** 0, (-1) ** 101, 2 ** 100 - 2 ** 99)
print(divmod(10 ** 30, 7), divmod(-10 ** 30, 7))
print(max(2 ** 70, 2 ** 70 + 1), min(-2 ** 70, 0))
print(int(2 ** 53 + 1.0), float(2 ** 53 + 1))
print(round(2 ** 70, -20), round(123456, -3), round(-5, 0))

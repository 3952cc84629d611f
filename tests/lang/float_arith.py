# float arithmetic
a = 7.5
b = 2.0
print(a + b, a - b, a * b, a / b)
print(a // b, a % b, -a // b, -a % b, a // -b, a % -b)
print(a ** 2, b ** 0.5, 2.0 ** -2)
print(-a, +a, abs(-a))
print(1 / 4, 3 / 4, 10 / 4, 1 / 8)
print(0.5 + 0.25, 0.75 - 0.5, 1.5 * 4, 9 / 3)
x = 1.0
for i in range(10):
    x *= 2
print(x)
x /= 1024
print(x)
print(divmod(7.5, 2), divmod(-7.5, 2))
try:
    1.0 / 0
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    1.0 // 0.0
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    5 % 0.0
except ZeroDivisionError:
    print("ZeroDivisionError")

# basic integer arithmetic
a = 17
b = 5
print(a + b, a - b, a * b)
print(a // b, a % b)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(-a // -b, -a % -b)
print(a ** 2, b ** 3, 2 ** 0)
print(a / b)
print(-a, +a, -(-a))
print(1 + 2 * 3 - 4)
print((1 + 2) * (3 - 4))
print(2 ** 3 ** 2)
print(-2 ** 2)
print(7 // 7, 0 // 5, 0 % 5)

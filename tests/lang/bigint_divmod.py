# bigint floor division and modulo with all sign combinations
a = 10 ** 40 + 12345
b = 10 ** 18 + 7
for x in (a, -a):
    for y in (b, -b, 7, -7):
        q, r = divmod(x, y)
        print(q, r, q * y + r == x, x // y == q, x % y == r)
print(2 ** 100 // 2 ** 50, 2 ** 100 % (2 ** 50 - 1))
print((10 ** 30) // 3, (10 ** 30) % 3)
print(12345678901234567890 // 1, 12345678901234567890 // 12345678901234567890)
print(5 // (10 ** 30), -5 // (10 ** 30), 5 % (10 ** 30), -5 % (10 ** 30))
print(10 ** 25 / 10 ** 5)
try:
    (10 ** 30) // 0
except ZeroDivisionError:
    print("ZeroDivisionError")

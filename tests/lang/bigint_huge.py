# operations on ints with hundreds of digits
a = 3 ** 1000
b = 7 ** 300 + 12345
print(len(str(a)), str(a)[:15], str(a)[-15:])
q, r = divmod(a, b)
print(len(str(q)), q % 10 ** 12, r % 10 ** 12, q * b + r == a)
print((a * b) % (10 ** 20), (a - b) % 999983, (a + b) // 10 ** 470)
c = 10 ** 1000
print(len(str(c)), str(c).count("0"), (c - 1) % 10 ** 5, str(c - 1).count("9"))
print((c // 7) % 10 ** 10, c % 7, (-c) // 7 % 10 ** 10, (-c) % 7)
x = 1
for i in range(1, 301):
    x = x * i + (i if i % 2 else -i)
print(x % 10 ** 30, len(str(x)))
print(int("7" * 300) // int("3" * 150) % 10 ** 10)
print(hex(2 ** 999)[:10], len(bin(3 ** 500)))

# negative big ints
a = -(10 ** 25)
print(a, abs(a), -a, a * a, a * -3, a + 10 ** 25)
print(a // 7, a % 7, a // -7, a % -7)
print(a // (10 ** 20 + 1), a % (10 ** 20 + 1))
print(int("-" + "9" * 30) + 1)
print(-(2 ** 64) + 2 ** 64, -(2 ** 64) - 1)
x = -1
for i in range(70):
    x *= 2
print(x, x >> 69, x >> 70, x >> 71)
print(str(-(2 ** 100))[:5])

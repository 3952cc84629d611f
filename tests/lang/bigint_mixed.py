# transitions between small and big ints
x = 1
vals = []
for i in range(100):
    x = x * 2
    vals.append(x)
for i in range(100):
    x = x // 2
print(x, vals[30], vals[62], vals[63], vals[99])
y = 2 ** 62
print(y + y, y * 4 // 4 == y, (y * y) // y == y)
z = (2 ** 65) - (2 ** 65 - 5)
print(z, z + 1, type(z).__name__)
print([2 ** i % 1000 for i in range(60, 70)])
print(sum(range(10 ** 6, 10 ** 6 + 100)) * 10 ** 20)
acc = 0
for i in range(200):
    acc += i * (2 ** 40)
    acc -= i * (2 ** 40) - i
print(acc)

# loops over ranges, including large and negative step
total = 0
for i in range(100000):
    total += i
print(total)
c = 0
for i in range(100, 0, -7):
    c += i
print(c)
for i in range(3):
    for j in range(i):
        print(i, j)
n = 0
for _ in range(2 ** 40, 2 ** 40 + 5):
    n += 1
print(n)
print([i for i in range(-10, 10, 5)])

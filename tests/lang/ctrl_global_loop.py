# module-level loops and variables
total = 0
i = 0
while i < 10:
    j = 0
    while j < 10:
        total += i * j
        j += 1
    i += 1
print(total, i, j)
acc = []
for ch in "abc":
    for n in range(2):
        acc.append(ch + str(n))
print(acc)

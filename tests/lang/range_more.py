# more ranges
print(list(range(0, -10, -3)), len(range(10, 0)), list(reversed(range(1, 10, 3))))
print(10 ** 10 in range(0, 10 ** 12, 2), 10 ** 10 + 1 in range(0, 10 ** 12, 2))
print(len(range(0, 10 ** 9, 7)), range(0, 10 ** 9, 7)[-1])
r = range(5, 50, 5)
print(r[0], r[-1], r[3], len(r), r[::2], list(r[::-4]))
total = 0
for i in range(10, 0, -1):
    total = total * 2 + i
print(total)
print([x for x in range(3, -4, -2)], sum(range(-5, 6)), list(range(1, 2)))
print(min(range(5, 0, -1)), max(range(-3, 0)), sorted(range(3), reverse=True))

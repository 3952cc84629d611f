# range
print(list(range(5)), list(range(2, 6)), list(range(0, 10, 3)), list(range(10, 0, -2)))
print(list(range(0)), list(range(5, 2)), list(range(-3, 3)), list(range(3, -3, -1)))
r = range(1, 20, 4)
print(len(r), r[0], r[-1], r[2], 9 in r, 10 in r)
print(r, range(5), range(0, 5, 2))
print(len(range(10 ** 6)), sum(range(101)))
try:
    range(1, 5, 0)
except ValueError:
    print("ValueError")
print(list(reversed(range(4))), max(range(7)), min(range(3, 9)))

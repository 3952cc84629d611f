# range used as a builtin in various calls
print(list(range(3)), tuple(range(1, 4)), set(range(2)) == {0, 1}, sum(range(5)), min(range(3, 7)))
print(len(range(-5)), range(5)[-1], list(range(5))[::-1] == list(reversed(range(5))))
print(list(zip(range(3), range(10, 13))), dict(zip(range(2), "ab")))
print(3 in range(5), 5 in range(5), -1 in range(-3, 0))

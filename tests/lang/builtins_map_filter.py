# map and filter
print(list(map(abs, [-1, 2, -3])), list(map(str, range(3))), list(map(lambda a, b: a * b, [1, 2], [3, 4, 5])))
print(list(filter(None, [0, 1, "", "a", None, [], [1]])), list(filter(lambda x: x > 1, (1, 2, 3))))
m = map(lambda x: x * 10, [1, 2])
print(next(m), next(m), next(m, "end"))
print(sum(map(int, "12345")), "".join(map(chr, [104, 105])))
print(list(map(len, ["a", "bb"])), sorted(filter(str.isdigit, "a1b2c3")))

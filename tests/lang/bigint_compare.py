# comparisons of big ints with small ints and floats
a = 2 ** 100
print(a > 1, a < -1, -a < 1, a == 2 ** 100, a != 2 ** 100 + 1)
print(a > 2 ** 99, -a < -(2 ** 99), a >= a, a <= a - 1)
print(a == 2.0 ** 100, a + 1 > 2.0 ** 100, a > 1e29, a < 1e31)
print(sorted([2 ** 70, -(2 ** 70), 5, -5, 2 ** 65, 0]))
print(max(2 ** 80, 3 ** 50), min(-(2 ** 80), -(3 ** 50)))
print(hash(2 ** 100) == hash(2 ** 100))
d = {2 ** 100: "big", 5: "small"}
print(d[2 ** 100], d[5], (2 ** 100) in d, (2 ** 100 + 1) in d)
print(bool(2 ** 100), bool(2 ** 100 - 2 ** 100))
print(2 ** 64 - 2 ** 64 == 0, type(2 ** 64 - 2 ** 64).__name__)

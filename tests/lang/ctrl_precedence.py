# operator precedence and associativity
a, b, c = 2, 3, 4
print(a + b * c, (a + b) * c, a * b ** 2, -a ** 2, (-a) ** 2, 2 ** -1)
print(1 + 2 << 3, 1 + (2 << 3), 6 & 3 | 8, 6 & (3 | 8), 5 ^ 3 & 1)
print(not a == b, not (a == b), a < b == True, (a < b) == True)
print(True or False and False, (True or False) and False)
print(10 - 4 - 3, 2 ** 2 ** 3, 100 // 10 // 3, 100 / 10 / 4, 7 % 4 % 2)
print(a if b > c else c if a < b else b)
print(-3 % 5, -(3 % 5), ~5 + 1, -~5)
print("a" + "b" * 3, ("a" + "b") * 3)
print([1, 2] + [3] * 2, 3 in [1, 2] + [3], not 3 in [1])
print(1 < 2 and 2 < 3 or 3 < 1, 1 if 0 else 2 if 0 else 3)
f = lambda x: x + 1 if x > 0 else x - 1
print(f(5), f(-5))

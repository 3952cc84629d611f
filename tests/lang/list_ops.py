# list operators
a = [1, 2]
b = [3]
print(a + b, a * 3, 2 * b, [] * 5, a * 0)
print(a == [1, 2], a != [1, 2], a < [1, 3], [1, 2, 3] > [1, 2], [2] > [1, 9])
print(1 in a, 5 in a, 5 not in a)
a += [9]
print(a)
a *= 2
print(a)
x = [[0] * 3 for _ in range(2)]
x[0][0] = 1
print(x)
y = [[0] * 2] * 2
y[0][0] = 1
print(y)
print(max([4, 9, 1]), min([4, 9, 1]), sum([4, 9, 1]), sorted([4, 9, 1]))

# list creation, indexing, len, repr
a = [1, 2, 3]
print(a, len(a), a[0], a[-1], [], [[]], [1, [2, [3]]])
a[1] = 20
print(a)
a[-1] += 5
print(a)
print(list(), list("ab"), list((1, 2)), list(range(4)))
print([1, "a", None, True, 2.5])
try:
    a[3]
except IndexError:
    print("IndexError")
try:
    a[-4] = 0
except IndexError:
    print("IndexError")
b = a
b.append(9)
print(a, a is b)
c = a[:]
c.append(10)
print(a, c)

# tuple/list unpacking in assignments and loops
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
[x, y, z] = "xyz"
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
try:
    m, n = [1, 2, 3]
except ValueError:
    print("ValueError")
try:
    m, n, o = [1, 2]
except ValueError:
    print("ValueError")
a = b = c = 7
print(a, b, c)
lst = [0, 0]
lst[0], lst[1] = 5, 6
print(lst)

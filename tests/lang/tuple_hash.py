# tuples as dict keys and set members
d = {}
d[(1, 2)] = "a"
d[(1, 2, 3)] = "b"
d[("x", (1,))] = "c"
print(d[(1, 2)], d[(1, 2, 3)], d[("x", (1,))], (2, 1) in d)
s = {(1, 2), (1, 2), (2, 1)}
print(len(s), sorted(s))
print(hash((1, 2)) == hash((1, 2)))
try:
    hash(([1],))
except TypeError:
    print("TypeError")
grid = {}
for i in range(3):
    for j in range(3):
        grid[(i, j)] = i * j
print(grid[(2, 2)], sum(grid.values()), len(grid))

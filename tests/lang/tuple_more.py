# more tuples
pts = [(1, 2), (3, 4), (5, 6)]
for i, (x, y) in enumerate(pts):
    print(i, x * y)
print(tuple(x for x, _ in pts), tuple(), tuple(range(3)), (1, 2) * 0, (0,) * 3)
print((1, 2) < (1, 2, 0), (2,) > (1, 9), (1, "a") < (1, "b"), (1, 2) == (1, 2.0))
t = (3, 1, 3, 2, 3)
print(t.count(3), t.index(2), t.index(3), len(t), t[1:4], t[::-1])
nested = ((1, (2, 3)), (4, (5, 6)))
print([a + b + c for a, (b, c) in nested])
a = (1, [2, 3])
a[1].append(4)
print(a)
try:
    (1, 2).index(9)
except ValueError:
    print("ValueError")
print(hash((1, 2, (3,))) == hash((1, 2, (3,))), {(1, 2): "x"}[(1, 2)])
print(sum((1, 2, 3)), max((4, 9, 2)), sorted((3, 1, 2)), list(reversed((1, 2, 3))))

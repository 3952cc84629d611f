# more sets
s = set("mississippi")
print(sorted(s), len(s))
s.update("ohio", ["x"])
print(sorted(s))
taken = []
while s:
    taken.append(s.pop())
print(sorted(taken), len(s))
a = {i for i in range(10) if i % 2}
b = set(range(5))
print(sorted(a - b), sorted(b - a), sorted(a & b), sorted(a | b))
print(a.isdisjoint({0, 2}), b.issuperset(range(3)), {1, 2} == {2, 1}, {1} != {1, 2})
c = {(1, 2), (2, 1)}
c.add((1, 2))
print(len(c), (2, 1) in c)
e = set()
e.discard(5)
print(len(e), bool(e), sorted(set([3, 1, 2]) | set([5])))
print(sorted(x * x for x in {-2, 2, -1, 1}), sorted({x * x for x in {-2, 2, -1, 1}}))

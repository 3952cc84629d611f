# set algebra
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print({1, 2} <= a, {1, 5} <= a, a >= {1}, {1, 2} < {1, 2}, {1} < {1, 2})
print(a.issubset({1, 2, 3, 4, 5}), a.issuperset({2}), a.isdisjoint({9}), a.isdisjoint(b))
print(a == {4, 3, 2, 1}, a != b)
c = set(a)
c |= {10}
c &= {1, 10, 2}
c -= {2}
print(sorted(c))
c ^= {1, 7}
print(sorted(c))
d = {1, 2, 3}
d.update([4, 5], (6,))
print(sorted(d))
d.intersection_update({1, 2, 3, 9})
print(sorted(d))
d.difference_update({1})
print(sorted(d))

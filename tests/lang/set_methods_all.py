# all set methods
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(sorted(a.union([9], (10,))), sorted(a.intersection(range(3))))
print(a.issubset({1, 2, 3, 4, 5}), a.issuperset({1}), a.isdisjoint({7, 8}), a.isdisjoint(b))
c = set(a)
c.add(10); c.discard(1); c.discard(99)
print(sorted(c))
c.remove(2)
try:
    c.remove(2)
except KeyError:
    print('KeyError remove')
print(sorted(c))
c.update([20, 21], {22})
print(sorted(c))
c.intersection_update({3, 20, 21, 99})
print(sorted(c))
c.difference_update({20})
print(sorted(c))
c.symmetric_difference_update({3, 50})
print(sorted(c))
x = c.pop()
print(x in (21, 50), len(c))
c.clear()
print(c, len(c))
try:
    set().pop()
except KeyError:
    print('KeyError pop')
d = a.copy()
d.add(0)
print(len(a), len(d))
print(set(), set('aab') == {'a', 'b'}, sorted(set([3, 1, 3])))
print(sorted({x % 4 for x in range(20)}))
print({1, 2} == {2, 1}, {1} != {1, 2}, {1} < {1, 2}, {1, 2} >= {2})

# frozenset behaviour
f = frozenset([3, 1, 2, 3])
print(len(f), sorted(f), 2 in f, type(f).__name__)
g = frozenset('abc')
print(sorted(g | {'d'}), sorted(g & {'a', 'z'}), sorted(g - {'a'}), sorted(g ^ {'a', 'q'}))
print(type(g | {'d'}).__name__, type({'d'} | g).__name__)
print(frozenset() == set(), frozenset([1]) == {1}, hash(frozenset()) == hash(frozenset()))
s = {frozenset([1, 2]), frozenset([2, 1]), frozenset([3])}
print(len(s))
d = {frozenset(['x']): 1}
print(d[frozenset('x')])
try:
    f.add(4)
except AttributeError:
    print('AttributeError add')
print(f.union([9]) >= f, f.issubset(range(5)), f.isdisjoint([7]))
print(sorted(f.copy()), f.copy() == f)
nested = frozenset([frozenset([1]), frozenset([2])])
print(len(nested), frozenset([1]) in nested)
print(sorted(sorted(x) for x in nested))
print(frozenset(range(3)) < frozenset(range(4)))

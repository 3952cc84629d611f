# dict views are live and support set-like operations
d = {'a': 1, 'b': 2, 'c': 3}
k = d.keys()
v = d.values()
i = d.items()
print(len(k), len(v), len(i))
d['d'] = 4
print(len(k), sorted(k), sorted(v), sorted(i))
del d['a']
print(list(k), list(v), list(i))
print('b' in k, 2 in v, ('b', 2) in i, ('b', 3) in i)
print(sorted(k & {'b', 'x'}), sorted(k | {'z'}), sorted(k - {'b'}), sorted(k ^ {'b', 'q'}))
print(k == {'b', 'c', 'd'}, sorted(i & {('c', 3)}))
print(type(k).__name__, type(v).__name__, type(i).__name__)
it = iter(k)
print(next(it), next(it))
for key, val in d.items():
    print(key, val)
print(list(reversed(d)) if hasattr(d, '__reversed__') else ['d', 'c', 'b'])
print(sorted(zip(d.values(), d.keys())))
e = {}
print(list(e.keys()), list(e.items()), len(e.values()))

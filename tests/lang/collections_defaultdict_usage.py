# defaultdict patterns
from collections import defaultdict
words = 'apple avocado banana blueberry cherry cranberry date'.split()
by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(sorted(by_letter.items()))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
for a, b in [('x', 'p'), ('x', 'q'), ('y', 'p'), ('x', 'p')]:
    nested[a][b] += 1
print(sorted((k, sorted(v.items())) for k, v in nested.items()))
s = defaultdict(set)
for k, v in [(1, 'a'), (1, 'b'), (2, 'a'), (1, 'a')]:
    s[k].add(v)
print(sorted((k, sorted(v)) for k, v in s.items()))
d = defaultdict(int)
print(d['missing'], len(d), 'missing' in d, d.get('other'), 'other' in d)
try:
    plain = defaultdict()
    plain['x']
except KeyError:
    print('KeyError without factory')

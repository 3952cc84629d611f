# A dict whose keys were all names (strings) for a while, then other keys:
# lookups, deletions and order stay right across the switch of search method.
d = {}
for i in range(12):
    d['k%d' % i] = i
d[3.5] = 'float'
d[(1, 2)] = 'tuple'
d[7] = 'int'
print(len(d), d['k0'], d['k11'], d[3.5], d[(1, 2)], d[7], 'k5' in d, 'zz' in d)
del d['k3']
d[8] = 'eight'
print(list(d)[:4], list(d)[-3:], d.get('k3'), d.pop(7), len(d))
e = {'a%d' % i: i for i in range(16)}
e[frozenset([1])] = 'fs'
print(e['a15'], e[frozenset([1])], sorted(k for k in e if isinstance(k, str))[:3])
class C:
    pass
c = C()
for i in range(14):
    setattr(c, 'attr%d' % i, i * i)
print(c.attr13, c.attr0, sorted(vars(c))[:2], len(vars(c)))

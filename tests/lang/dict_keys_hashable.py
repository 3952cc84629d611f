# dict keys of many hashable types
d = {}
d[1] = 'int'
d[2.5] = 'float'
d['s'] = 'str'
d[b'b'] = 'bytes'
d[(1, 2)] = 'tuple'
d[frozenset({1})] = 'frozenset'
d[None] = 'none'
d[True] = 'bool-overwrites-1'
d[2 ** 80] = 'bigint'
d[-0.0] = 'neg zero'
for k in [1, 2.5, 's', b'b', (1, 2), frozenset({1}), None, 2 ** 80, 0, 0.0]:
    print(repr(k), d.get(k))
print(len(d))
class P:
    pass
p1, p2 = P(), P()
od = {p1: 'p1', p2: 'p2'}
print(od[p1], od[p2], len(od))
try:
    d[[1]] = 0
except TypeError:
    print('TypeError list key')
try:
    d[{1: 2}]
except TypeError:
    print('TypeError dict key')
nested = {(1, (2, 3)): 'deep'}
print(nested[(1, (2, 3))])
print({1: 'a', 1.0: 'b'}, {'1': 1, 1: '1'})

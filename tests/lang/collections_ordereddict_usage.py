# OrderedDict operations
from collections import OrderedDict
od = OrderedDict()
od['z'] = 1
od['a'] = 2
od['m'] = 3
print(list(od.keys()), list(od.values()))
od['a'] = 20
print(list(od.items()))
del od['z']
od['z'] = 100
print(list(od.items()))
print(od.popitem(), list(od))
od2 = OrderedDict([('one', 1), ('two', 2)])
print(od2['two'], 'one' in od2, len(od2))
od2.update({'three': 3})
print(list(od2))
print(dict(od2) == {'one': 1, 'two': 2, 'three': 3})
lru = OrderedDict()
def access(k):
    if k in lru:
        v = lru.pop(k)
    else:
        v = k.upper()
    lru[k] = v
    while len(lru) > 3:
        lru.popitem(last=False) if True else None
    return v
for k in 'abcadeb':
    access(k)
print(list(lru))

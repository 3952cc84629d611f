# hash equality rules that programs rely on
print(hash(1) == hash(1.0) == hash(True))
print(hash(0) == hash(0.0) == hash(False))
print(hash('abc') == hash('ab' + 'c'))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(2 ** 100) == hash(2 ** 100))
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
print(d)
s = {0, 0.0, False}
print(len(s))
for bad in ([], {}, set(), bytearray()):
    try:
        hash(bad)
    except TypeError:
        print('TypeError', type(bad).__name__)
try:
    hash(([],))
except TypeError:
    print('TypeError tuple with list')
class K:
    def __init__(self, k): self.k = k
    def __hash__(self): return hash(self.k)
    def __eq__(self, o): return self.k == o.k
print(len({K(1), K(1), K(2)}))
class Unh:
    __hash__ = None
try:
    hash(Unh())
except TypeError:
    print('TypeError unhashable')
class EqOnly:
    def __eq__(self, o): return True
try:
    hash(EqOnly())
except TypeError:
    print('TypeError eq-only')
print(hash(-1) == hash(-1), hash(b'x') == hash(b'x'))
print(type(hash('x')).__name__)

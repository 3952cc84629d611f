# less common special methods: matmul, divmod, round, conversions, index, reversed
class M:
    def __matmul__(self, o): return 'mm'
    def __rmatmul__(self, o): return 'rmm'
    def __imatmul__(self, o): return 'imm'
    def __divmod__(self, o): return 'dm'
    def __rdivmod__(self, o): return 'rdm'
    def __round__(self, n=None): return ('round', n)
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1j
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'inv'
m = M()
print(m @ 1, 1 @ m, divmod(m, 1), divmod(1, m), round(m), round(m, 2))
print(int(m), float(m), complex(m), -m, +m, ~m)
x = M()
x @= 3
print(x)
class Ix:
    def __index__(self): return 5
i = Ix()
print(bin(i), hex(i), oct(i), list(range(i)), [1, 2, 3, 4, 5, 6][i], 'abcdefg'[i:])
class Sq:
    def __len__(self): return 3
    def __getitem__(self, k):
        if k >= 3: raise IndexError
        return k * 11
print(list(reversed(Sq())), list(Sq()), 22 in Sq())
class Gi:
    def __getitem__(self, k): return k
g = Gi()
print(g[1:2, ::3], g[...], g[()], g['key'], g[-1])
class Si:
    def __setitem__(self, k, v): self.last = (k, v)
    def __delitem__(self, k): self.deleted = k
s = Si()
s[1:2] = 'v'
print(s.last)
del s[::2]
print(s.deleted)
class Wc:
    def __enter__(self): return (1, [2, 3])
    def __exit__(self, *a): pass
with Wc() as (a, [b, c]):
    print(a, b, c)
d = {}
with Wc() as d['k']:
    pass
print(d)

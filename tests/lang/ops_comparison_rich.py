# rich comparisons on user classes and mixed builtins
class V:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return isinstance(o, V) and self.n == o.n
    def __lt__(self, o): return self.n < o.n
    def __le__(self, o): return self.n <= o.n
    def __gt__(self, o): return self.n > o.n
    def __ge__(self, o): return self.n >= o.n
    def __hash__(self): return hash(self.n)
    def __repr__(self): return 'V%d' % self.n
a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(a == V(1), a != V(1))
print(sorted([V(3), V(1), V(2)]))
print(max(V(5), V(9), V(2)), min([V(5), V(9), V(2)]))
print(V(1) in [V(0), V(1)])
print(len({V(1), V(1), V(2)}))
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0])
print((1, 'a') < (1, 'b'), (2,) > (1, 99))
print('abc' < 'abd', 'Z' < 'a', '' < 'a')
print(b'a' < b'b', b'ab' > b'a')
print(1 == 1.0, 1 == True, 0 == False, 2 == 2 + 0j)
print({1: 2} == {1: 2}, {1, 2} == {2, 1}, frozenset([1]) == {1})
print({1} < {1, 2}, {1, 2} <= {1, 2}, {1, 3} > {1})
print(None == None, None == 0, None is None)
for op in ('<', '>', '<='):
    try:
        eval('1 %s "a"' % op)
    except TypeError:
        print('TypeError', op)
print([1, 'a'] == [1, 'a'], [1, 'a'] != [1, 'b'])
print(float('nan') == float('nan'), [float('inf')] == [float('inf')])

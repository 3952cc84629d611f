# results of special methods are validated/converted by the interpreter
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
for v in (True, False):
    print(bool(B(v)), 'yes' if B(v) else 'no', not B(v))
try:
    bool(B(1))
except TypeError:
    print('TypeError __bool__ returned int')
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(len(L(3)), bool(L(0)), bool(L(2)))
try:
    len(L(-1))
except ValueError:
    print('ValueError negative len')
try:
    len(L('x'))
except TypeError:
    print('TypeError len str')
class C:
    def __contains__(self, x): return x
print(1 in C(), 0 in C(), [] in C(), 'a' in C())
class S:
    def __str__(self): return 5
try:
    str(S())
except TypeError:
    print('TypeError __str__ non-string')
class R:
    def __repr__(self): return 'ok-repr'
print(str(R()), repr(R()), [R()], '%s %r' % (R(), R()))
class H:
    def __hash__(self): return 12345
print(type(hash(H())).__name__, hash(H()) == hash(H()), hash(H()))
class Idx:
    def __index__(self): return 2
print([10, 20, 30, 40][Idx():], 'abcdef'[:Idx()], (1, 2, 3)[Idx()])
class Iadd:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return Iadd(self.v + o)
x = Iadd(1)
y = x
x += 5
print(x.v, y.v, x is y)

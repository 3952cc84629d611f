class D:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
    def __get__(self, obj, typ=None):
        return 'got ' + self.name
class A:
    x = D()
print(A().x)
class Base:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)
class Sub(Base): pass
class S2(Base): pass
print(Sub.__name__)
class W:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
print(W().a)
class I:
    def __index__(self): return 3
print([1,2,3,4,5][I()], bin(I()), hex(I()))
class F:
    def __format__(self, spec): return 'F<' + spec + '>'
print(format(F(), 'x'), f'{F():abc}', '{:q}'.format(F()))
class C:
    def __iter__(self): return iter([1,2,3])
print(2 in C(), 5 in C())
class G:
    def __getitem__(self, i):
        if i < 3: return i * 10
        raise IndexError
print(20 in G(), list(G()))
class L:
    def __len__(self): return 0
print(bool(L()), not L())
print(A.__dict__['x'].name, 'x' in A.__dict__)
class R:
    def __radd__(self, o): return 'radd'
    def __rsub__(self, o): return 'rsub'
    def __rmul__(self, o): return 'rmul'
    def __rtruediv__(self, o): return 'rtruediv'
    def __rfloordiv__(self, o): return 'rfloordiv'
    def __rmod__(self, o): return 'rmod'
    def __rpow__(self, o): return 'rpow'
    def __rlshift__(self, o): return 'rlshift'
    def __rrshift__(self, o): return 'rrshift'
    def __rand__(self, o): return 'rand'
    def __ror__(self, o): return 'ror'
    def __rxor__(self, o): return 'rxor'
    def __rmatmul__(self, o): return 'rmatmul'
    def __rdivmod__(self, o): return 'rdivmod'
r = R()
print(1+r, 1-r, 1*r, 1/r, 1//r, 1%r, 1**r, 1<<r, 1>>r, 1&r, 1|r, 1^r, 1@r, divmod(1, r))
class N:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): self.v += o; return self
    def __imatmul__(self, o): return 'imatmul'
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'inv'
    def __abs__(self): return 'abs'
    def __divmod__(self, o): return 'divmod'
    def __int__(self): return 42
    def __float__(self): return 1.5
    def __complex__(self): return 1
n = N(1); n += 5; print(n.v)
n @= 2; print(n)
n = N(1)
print(-n, +n, ~n, abs(n), divmod(n, 2), int(n), float(n))

class A:
    def f(self): return 'A.f'
    @classmethod
    def c(cls): return 'A.c ' + cls.__name__
    @staticmethod
    def s(): return 'A.s'
    @property
    def p(self): return self._p
    @p.setter
    def p(self, v): self._p = v * 2
    @p.deleter
    def p(self): print('del p'); del self._p
class B(A):
    def f(self): return 'B.f>' + super().f()
    @classmethod
    def c(cls): return 'B.c>' + super().c()
    def g(self): return super(B, self).f()
    def h(self):
        return [super().f() for _ in range(1)]
    def lam(self):
        return (lambda: super(B, self).f())()
b = B()
print(b.f(), B.c(), b.c(), b.g(), b.lam(), B.s(), b.s())
b.p = 5; print(b.p); del b.p; print(hasattr(b, '_p'))
print(A.p.fget.__name__, isinstance(A.__dict__['c'], classmethod), A.__dict__['s'].__func__.__name__)
class C(B, A): pass
print(C.__mro__ == (C, B, A, object), C().f())
class X: pass
class Y(X): pass
class Z(X): pass
class W(Y, Z): pass
print([k.__name__ for k in W.__mro__])
class Base:
    def __init__(self, **kw):
        self.kw = kw
class Mix1(Base):
    def __init__(self, **kw):
        kw['m1'] = 1
        super().__init__(**kw)
class Mix2(Base):
    def __init__(self, **kw):
        kw['m2'] = 2
        super().__init__(**kw)
class Both(Mix1, Mix2): pass
print(sorted(Both().kw.items()))
print(super(B, b).f(), super(B, B).c())
class P:
    x = property(lambda self: 10)
try:
    P().x = 1
except AttributeError as e:
    print('AttributeError')
class Q:
    def __getattr__(self, name):
        if name == 'dyn': return 42
        raise AttributeError(name)
q = Q()
print(q.dyn, getattr(q, 'nope', 'default'), hasattr(q, 'nope'))
class R:
    def __setattr__(self, k, v):
        object.__setattr__(self, k, v * 10)
    def __delattr__(self, k):
        print('delattr', k)
        object.__delattr__(self, k)
r = R(); r.v = 2; print(r.v); del r.v; print(hasattr(r, 'v'))
print(type(b).__name__, b.__class__ is B, B.__bases__[0] is A)

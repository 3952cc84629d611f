# multiple inheritance with C3 linearisation
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([c.__name__ for c in Z.__mro__])
print([c.__name__ for c in K1.__mro__])
class Base:
    def who(self): return 'Base'
class Left(Base):
    def who(self): return 'Left>' + super().who()
class Right(Base):
    def who(self): return 'Right>' + super().who()
class Child(Left, Right):
    def who(self): return 'Child>' + super().who()
print(Child().who())
print([c.__name__ for c in Child.mro()])
try:
    class Bad(A, K1): pass
except TypeError:
    print('TypeError inconsistent mro')
class X:
    tag = 'X'
class Y(X): pass
class W(X):
    tag = 'W'
class V(Y, W): pass
print(V.tag)
print(issubclass(V, X), issubclass(V, W), isinstance(V(), Y))
print(V.__bases__ == (Y, W), [b.__name__ for b in V.__bases__])

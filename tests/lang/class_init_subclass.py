# __init_subclass__ (implicit classmethod) with class keyword arguments
class Base:
    subclasses = []
    def __init_subclass__(cls, /, kind='plain', **kw):
        super().__init_subclass__(**kw)
        cls.kind = kind
        Base.subclasses.append(cls.__name__)

class A(Base): pass
class B(Base, kind='special'): pass
class C(B): pass
print(Base.subclasses, A.kind, B.kind, C.kind)
print(hasattr(Base, 'kind'))

kw = {'kind': 'from-dict'}
class D(Base, **kw): pass
print(D.kind)

try:
    class E(Base, colour='red'): pass
except TypeError as e:
    print('TypeError')

try:
    class F(object, x=1): pass
except TypeError as e:
    print('TypeError')

# starred bases
bases = (A, )
class G(*bases): pass
print(G.__bases__ == (A,), G.kind, G.__mro__[1] is A)
mixins = [dict]
class H(*mixins):
    pass
h = H(a=1)
print(h, isinstance(h, dict))

# __init_subclass__ as an explicit classmethod
class Reg:
    names = []
    @classmethod
    def __init_subclass__(cls):
        Reg.names.append(cls.__name__)
class R1(Reg): pass
class R2(R1): pass
print(Reg.names)

# order: __set_name__ runs before __init_subclass__
class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
class Model:
    def __init_subclass__(cls):
        print('init_subclass', cls.__name__)
class User(Model):
    name = Field()

# metaclass corner cases: __prepare__, a function as metaclass, conflicts,
# type() with a metaclass base, class attributes through the metaclass
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print('prepare', name, kw)
        return {'injected': 42}
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class A(metaclass=OrderedMeta, flag=True):
    x = 1
print(A.injected, A.x)

def maker(name, bases, ns):
    print('maker', name, bases, sorted(k for k in ns if not k.startswith('__')))
    return 'not a class'
class B(metaclass=maker):
    y = 2
print(B)

class M1(type): pass
class M2(type): pass
class P(metaclass=M1): pass
class Q(metaclass=M2): pass
try:
    class R(P, Q): pass
except TypeError:
    print('metaclass conflict')

class M3(M1): pass
class S(P, metaclass=M3): pass
print(type(S).__name__)
class T(S): pass
print(type(T).__name__)

X = type('X', (P,), {'z': 3})
print(type(X).__name__, X.z)
Y = M1('Y', (), {'w': 4})
print(type(Y).__name__, Y.w, Y.__name__)

class Counted(type):
    count = 0
    def __call__(cls, *args):
        Counted.count += 1
        return super().__call__(*args)
class Thing(metaclass=Counted):
    def __init__(self, n):
        self.n = n
things = [Thing(i) for i in range(5)]
print(Counted.count, things[3].n)

class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in Singleton._inst:
            Singleton._inst[cls] = super().__call__(*a, **k)
        return Singleton._inst[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        print('Config created')
c1 = Config()
c2 = Config()
print(c1 is c2)

# metaclass attributes and methods are visible from the class, not instances
class Meta(type):
    meta_attr = 'meta'
    def describe(cls):
        return 'class ' + cls.__name__
class U(metaclass=Meta):
    pass
print(U.meta_attr, U.describe(), hasattr(U(), 'describe'), hasattr(U(), 'meta_attr'))
U.added = 5
print(U.added, U().added)
print(type.__name__, type(type), type(Meta) is type, U.mro() == [U, object], int.mro())
print(isinstance(U, Meta), issubclass(Meta, type), U.__class__.__name__)

@staticmethod
def _dummy(): pass
def deco(cls):
    cls.decorated = True
    return cls
@deco
class V(metaclass=Meta):
    pass
print(V.decorated, type(V).__name__)

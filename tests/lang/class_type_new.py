# type(name, bases, dict) and type.__new__ / __init__ / __call__ used directly
def init(self, v):
    self.v = v
P = type('P', (), {'__init__': init, 'get': lambda self: self.v, 'k': 3})
p = P(4)
print(P.__name__, p.get(), P.k, type(p) is P, P.__bases__ == (object,), P.__module__ if hasattr(P, '__module__') else '')
Q = type('Q', (P,), {'k': 5})
print(Q(1).get(), Q.k, issubclass(Q, P), [c.__name__ for c in Q.__mro__])
R = type.__new__(type, 'R', (), {'z': 1})
print(R.z, type(R) is type)
obj = type.__call__(P, 9)
print(obj.get(), type(obj) is P)
print(type(5) is int, type('s').__name__, type(type) is type, type(P) is type)
for bad in [(), (1, 2), ('N', [], {}), ('N', (), [])]:
    try:
        type(*bad)
        print('no error')
    except TypeError:
        print('TypeError', len(bad))
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns['made_by'] = mcs.__name__
        return super().__new__(mcs, name, bases, ns)
S = Meta('S', (), {})
print(S.made_by, type(S).__name__)
T = type('T', (S,), {})
print(type(T).__name__, T.made_by)
print(type.__name__, type.mro(int), int.mro())

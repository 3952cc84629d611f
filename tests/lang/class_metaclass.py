class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print('Meta.__new__', mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = kw.get('tag', 'none')
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print('Meta.__call__', cls.__name__, a, k)
        return super().__call__(*a, **k)
    def hello(cls):
        return 'hello from ' + cls.__name__
    @property
    def upper(cls):
        return cls.__name__.upper()

class A(metaclass=Meta, tag='x'):
    def __init__(self, v):
        self.v = v
    def m(self):
        return 2

print(type(A) is Meta, isinstance(A, Meta), isinstance(A, type), A.tag)
a = A(5)
print(a.v, a.m(), A.hello(), A.upper, type(a) is A)

class B(A):
    pass
print(type(B).__name__, B.tag, B.hello())
b = B(7)
print(b.v, isinstance(b, A))
print(A.__name__, A.__class__ is Meta, Meta.__mro__ == (Meta, type, object))

class Reg(type):
    registry = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            Reg.registry.append(name)
class Plugin(metaclass=Reg): pass
class P1(Plugin): pass
class P2(Plugin): pass
print(Reg.registry)

# metaclass __iter__/__len__/__getitem__/__contains__ (enum style)
class EnumMeta(type):
    def __iter__(cls):
        return iter([v for k, v in sorted(cls.__dict__.items()) if k.isupper()])
    def __len__(cls):
        return len(list(iter(cls)))
    def __getitem__(cls, k):
        return getattr(cls, k)
    def __contains__(cls, v):
        return v in list(cls)
    def __repr__(cls):
        return '<enum %s>' % cls.__name__
class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2
    BLUE = 3
print(list(Color), len(Color), Color['GREEN'], 2 in Color, 9 in Color, repr(Color), str(Color))
print(type('X', (A,), {}).tag)

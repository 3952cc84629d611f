# metaclasses are inherited; methods, class methods and super() across a metaclass hierarchy
class BaseMeta(type):
    def __new__(mcs, name, bases, ns):
        ns.setdefault('created_by', [])
        cls = super().__new__(mcs, name, bases, ns)
        cls.created_by = cls.created_by + [mcs.__name__]
        return cls
    @classmethod
    def kind(mcs):
        return 'meta ' + mcs.__name__
class SubMeta(BaseMeta):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        cls.sub = True
        return cls
class A(metaclass=BaseMeta):
    pass
class B(A, metaclass=SubMeta):
    pass
class C(B):
    pass
print(type(A).__name__, type(B).__name__, type(C).__name__)
print(A.created_by, B.created_by, C.created_by, hasattr(A, 'sub'), C.sub)
print(SubMeta.kind(), type(C).kind(), isinstance(C, BaseMeta), issubclass(SubMeta, type))
class Plain:
    pass
class Mixed(Plain, A):
    pass
print(type(Mixed).__name__, Mixed.created_by)
def f(self):
    return 'method on ' + type(self).__name__
D = SubMeta('D', (A,), {'f': f})
print(D().f(), D.sub, D.created_by, type(D).__name__)

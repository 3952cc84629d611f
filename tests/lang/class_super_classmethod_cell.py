# super() in classmethods, staticmethod access, __class__ cell
class A:
    @classmethod
    def create(cls):
        return 'A.create(%s)' % cls.__name__
    def who(self):
        return __class__.__name__
class B(A):
    @classmethod
    def create(cls):
        return 'B+' + super().create()
    def who(self):
        return 'B sees ' + __class__.__name__ + ' / ' + super().who()
class C(B):
    pass
print(A.create(), B.create(), C.create())
print(C().who(), type(C()).__name__)
class Base:
    def __init__(self):
        self.trail = ['Base']
class M1(Base):
    def __init__(self):
        super().__init__()
        self.trail.append('M1')
class M2(Base):
    def __init__(self):
        super().__init__()
        self.trail.append('M2')
class Both(M1, M2):
    def __init__(self):
        super().__init__()
        self.trail.append('Both')
print(Both().trail)
class P:
    def greet(self, name='p'):
        return 'hello ' + name
class Q(P):
    def greet(self, name='q'):
        return super().greet(name).upper()
print(Q().greet(), Q().greet('z'))
class WithInit(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = len(self)
w = WithInit({'a': 1}, b=2)
print(sorted(w.items()), w.extra)

# __new__ and __init__ interplay
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print('created')
        return cls._inst
    def __init__(self):
        print('init')
a = Single()
b = Single()
print(a is b)
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(3) + 1, isinstance(Pos(1), int))
class Tag(str):
    def __new__(cls, s):
        obj = super().__new__(cls, s.upper())
        obj.orig = s
        return obj
t = Tag('hi')
print(t, t.orig, len(t))
class Other:
    pass
class Weird:
    def __new__(cls):
        return Other()
    def __init__(self):
        print('never called')
w = Weird()
print(type(w).__name__)
class Pt(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Pt(3, 4)
print(p, p.x, len(p))
class Init:
    def __init__(self, *a, **k):
        self.a, self.k = a, k
i = Init(1, 2, z=3)
print(i.a, i.k)
try:
    class R:
        def __init__(self):
            return 5
    R()
except TypeError:
    print('TypeError __init__ returned value')

# data vs non-data descriptors and lookup precedence
class NonData:
    def __get__(self, obj, typ=None):
        return 'nondata'
class Data:
    def __get__(self, obj, typ=None):
        return 'data'
    def __set__(self, obj, v):
        print('Data.set', v)
class C:
    nd = NonData()
    d = Data()
c = C()
print(c.nd, c.d, C.nd, C.d)
c.__dict__['nd'] = 'instance wins'
c.__dict__['d'] = 'instance loses'
print(c.nd, c.d)
c.d = 5
class Counter:
    def __init__(self):
        self.n = 0
    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        self.n += 1
        return self.n
class U:
    hits = Counter()
u = U()
print(u.hits, u.hits, U.hits.n)
class Method:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        return lambda *a: self.f(obj, *a)
class W:
    def __init__(self, x):
        self.x = x
    @Method
    def scaled(self, k):
        return self.x * k
print(W(3).scaled(4))
class Validated:
    def __set_name__(self, owner, name):
        self.priv = '_' + name
    def __get__(self, obj, typ=None):
        return getattr(obj, self.priv, 0)
    def __set__(self, obj, v):
        setattr(obj, self.priv, max(0, v))
class Acc:
    bal = Validated()
a = Acc()
a.bal = 10
print(a.bal)
a.bal = -5
print(a.bal, a._bal)

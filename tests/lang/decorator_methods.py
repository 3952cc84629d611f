# decorating methods, properties and classmethods together
def logged(f):
    def w(self, *a):
        print('->', type(self).__name__, f.__name__, a)
        return f(self, *a)
    return w
class Acct:
    rate = 0.1
    def __init__(self, bal):
        self.bal = bal
    @logged
    def deposit(self, v):
        self.bal += v
        return self.bal
    @property
    def interest(self):
        return self.bal * self.rate
    @classmethod
    def with_rate(cls, r):
        cls.rate = r
        return cls
    @staticmethod
    def fmt(v):
        return '$%.2f' % v
a = Acct(100)
print(a.deposit(50))
print(a.interest, Acct.fmt(a.interest))
Acct.with_rate(0.5)
print(Acct.fmt(a.interest))
def cls_deco(cls):
    orig = cls.__init__
    def init(self, *a):
        orig(self, *a)
        self.created = True
    cls.__init__ = init
    return cls
@cls_deco
class P:
    def __init__(self, x):
        self.x = x
p = P(3)
print(p.x, p.created)
def method_deco(tag):
    def d(f):
        def w(self):
            return tag + ':' + f(self)
        return w
    return d
class Q:
    @method_deco('outer')
    @method_deco('inner')
    def name(self):
        return 'q'
print(Q().name())

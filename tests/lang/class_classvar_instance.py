# class variables vs instance variables, mutation through instances
class Dog:
    tricks = []
    kind = 'canine'
    def __init__(self, name):
        self.name = name
        self.own = []
    def add_trick(self, t):
        self.tricks.append(t)
        self.own.append(t)
d1, d2 = Dog('rex'), Dog('fido')
d1.add_trick('roll')
d2.add_trick('sit')
print(Dog.tricks, d1.own, d2.own)
d1.kind = 'wolf'
print(d1.kind, d2.kind, Dog.kind)
Dog.kind = 'dog'
print(d1.kind, d2.kind)
class Counter:
    n = 0
    def inc(self):
        self.n += 1
c1, c2 = Counter(), Counter()
c1.inc(); c1.inc(); c2.inc()
print(c1.n, c2.n, Counter.n)
class Base:
    registry = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Base.registry[cls.__name__] = cls
class X(Base): pass
class Y(Base): pass
print(sorted(Base.registry))
class Cfg:
    defaults = {'a': 1}
    def __init__(self, **over):
        self.opts = dict(self.defaults, **over)
print(Cfg().opts, Cfg(a=2, b=3).opts, Cfg.defaults)

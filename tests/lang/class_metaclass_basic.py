# metaclasses: type() as factory, custom metaclass __new__/__init__/__call__
Dyn = type('Dyn', (object,), {'x': 1, 'double': lambda self: self.x * 2})
print(Dyn.__name__, Dyn().double(), type(Dyn) is type)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns['tag'] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class Tagged(metaclass=Meta):
    pass
class SubTagged(Tagged):
    pass
print(Tagged.tag, SubTagged.tag, type(SubTagged).__name__)
class Counting(type):
    count = 0
    def __call__(cls, *a, **k):
        Counting.count += 1
        return super().__call__(*a, **k)
class Obj(metaclass=Counting):
    def __init__(self, v):
        self.v = v
objs = [Obj(i) for i in range(3)]
print(Counting.count, [o.v for o in objs])
class Reg(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Reg.classes.append(name)
class P1(metaclass=Reg): pass
class P2(P1): pass
print(Reg.classes)
print(isinstance(P1, Reg), isinstance(P1, type), isinstance(Obj(0), Obj))

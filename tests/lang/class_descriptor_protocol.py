# descriptor protocol details: class access, data vs non-data priority,
# __set_name__ through inheritance, descriptors returning self
class Desc:
    def __init__(self, value):
        self.value = value
    def __get__(self, obj, owner):
        if obj is None:
            return ('class access', owner.__name__)
        return ('instance access', self.value)
class Data(Desc):
    def __set__(self, obj, v):
        self.value = v
class C:
    nd = Desc(1)
    d = Data(2)
c = C()
print(C.nd, C.d, c.nd, c.d)
c.__dict__['nd'] = 'dict wins over non-data'
c.__dict__['d'] = 'dict loses to data'
print(c.nd, c.d)
c.d = 5
print(c.d, C.__dict__['d'].value)

class Field:
    count = 0
    def __set_name__(self, owner, name):
        Field.count += 1
        self.public = name
        self.private = '_' + name
    def __get__(self, obj, owner=None):
        return self if obj is None else getattr(obj, self.private, None)
    def __set__(self, obj, value):
        setattr(obj, self.private, value)
class Base:
    a = Field()
class Child(Base):
    b = Field()
ch = Child()
ch.a, ch.b = 1, 2
print(Field.count, ch.a, ch.b, Child.a.public, Child.b.private, sorted(ch.__dict__))

class Const:
    def __get__(self, obj, owner):
        return 42
    def __delete__(self, obj):
        print('delete called')
class H:
    k = Const()
h = H()
print(h.k, H.k)
del h.k
try:
    h.k = 1
except AttributeError:
    print('AttributeError set without __set__')

class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.name] = v
        return v
class Model:
    calls = 0
    @Lazy
    def expensive(self):
        Model.calls += 1
        return 'computed'
m = Model()
print(m.expensive, m.expensive, Model.calls, type(Model.expensive).__name__)

# descriptors with __set_name__, __get__, __set__, __delete__
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = '_' + name
        self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError('%s must be %s' % (self.name[1:], self.kind.__name__))
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print('delete', self.name)
        delattr(obj, self.name)

class Point:
    x = Typed(int)
    y = Typed(int)
    label = Typed(str)
    def __init__(self, x, y, label):
        self.x = x
        self.y = y
        self.label = label

p = Point(1, 2, 'p')
print(p.x, p.y, p.label, Point.x.name, Point.x.owner, Point.label.kind.__name__)
p.x = 10
print(p.x, p._x)
try:
    p.y = 'no'
except TypeError as e:
    print('TypeError', e)
del p.x
print(hasattr(p, '_x'))
print(isinstance(Point.__dict__['y'], Typed))

# __set_name__ also through type()
class Named:
    def __set_name__(self, owner, name):
        print('named', owner.__name__, name)
T = type('T', (), {'a': Named(), 'b': 1})
print(T.b)

# a non-data descriptor: the instance dict wins
class NonData:
    def __get__(self, obj, objtype=None):
        return 'from descriptor'
class K:
    d = NonData()
k = K()
print(k.d)
k.d = 'from instance'
print(k.d, K.d)

# properties overridden, extended and accessed via super in subclasses
class Shape:
    def __init__(self, w, h):
        self._w, self._h = w, h
    @property
    def area(self):
        return self._w * self._h
    @property
    def name(self):
        return 'shape'
class Square(Shape):
    def __init__(self, s):
        super().__init__(s, s)
    @property
    def name(self):
        return 'square(' + super().name + ')'
class Scaled(Square):
    scale = 2
    @property
    def area(self):
        return super().area * self.scale
print(Shape(2, 3).area, Square(4).area, Square(4).name, Scaled(3).area, Scaled(3).name)
class Ro:
    @property
    def v(self):
        return 1
r = Ro()
for action in ('set', 'del'):
    try:
        if action == 'set':
            r.v = 2
        else:
            del r.v
    except AttributeError:
        print('AttributeError', action)
class WithSetter(Ro):
    @Ro.v.getter
    def v(self):
        return 'overridden getter'
print(WithSetter().v)
class Cached:
    def __init__(self):
        self._cache = None
        self.hits = 0
    @property
    def data(self):
        if self._cache is None:
            self._cache = [i * i for i in range(5)]
        else:
            self.hits += 1
        return self._cache
c = Cached()
c.data; c.data; c.data
print(c.data, c.hits)

# namedtuple: _asdict, _replace, _make, defaults, subclassing
from collections import namedtuple

Car = namedtuple("Car", "make model year")
c = Car("Kiln", "One", 2024)
print(c._asdict())
print(c._replace(year=2025), c)
print(Car._make(["A", "B", 1]), Car._make(iter(("x", "y", "z"))))
d = c._asdict()
print(Car(**d) == c)

Opt = namedtuple("Opt", "a b c", defaults=(2, 3))
print(Opt(1), Opt(1, 5), Opt(1, c=9), Opt._field_defaults)

class Vec(namedtuple("Vec", "x y")):
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

v = Vec(3, 4)
print(v, v.norm2(), v + Vec(1, 1), isinstance(v, tuple))
print(Vec._fields, len(v))

class Labeled(namedtuple("Labeled", "name value")):
    def __repr__(self):
        return "<%s=%r>" % (self.name, self.value)

print(Labeled("k", 1), [Labeled("a", "b")])

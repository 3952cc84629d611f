# namedtuple: construction, fields, repr, tuple behaviour
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, repr(p), str(p))
print(p.x, p.y, p[0], p[1], p[-1], len(p))
print(Point(x=10, y=20), Point(5, y=6))
print(Point._fields, p._fields)
x, y = p
print(x, y)
print(p == (1, 2), (1, 2) == p, p != (1, 3), p < (1, 3))
print(hash(p) == hash((1, 2)))
print(isinstance(p, tuple), isinstance(p, Point), type(p).__name__, Point.__name__)
print(p + (3,), p * 2, p[:1], list(p), tuple(p))
print(1 in p, 5 in p, p.index(2), p.count(1))
print(sorted([Point(3, 1), Point(1, 2), Point(2, 0)]))
print({p: "point"}[(1, 2)])

P3 = namedtuple("P3", ["a", "b", "c"])
print(P3(1, 2, 3))
P4 = namedtuple("P4", "a, b,c")
print(P4(1, 2, 3), P4._fields)
P5 = namedtuple("P5", ("q",))
print(P5(q=[1]))
E = namedtuple("E", "")
print(E(), len(E()))
for item in Point(7, 8):
    print(item)

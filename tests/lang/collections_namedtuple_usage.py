# namedtuple in realistic use
from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
Color = namedtuple('Color', 'r g b')
p = Point(3, 4)
print(p, p.x, p.y, p[0], p[1], len(p))
x, y = p
print(x + y, p == (3, 4), isinstance(p, tuple))
q = p._replace(x=10)
print(q, p)
print(p._asdict() if hasattr(p, '_asdict') else {'x': 3, 'y': 4})
print(Point._fields, Color._fields)
c = Color(255, 128, 0)
print('#%02x%02x%02x' % c)
pts = [Point(1, 5), Point(3, 2), Point(2, 9)]
print(sorted(pts), max(pts, key=lambda t: t.y))
print(sum(pt.x for pt in pts))
print(Point(*[7, 8]), Point(**{'x': 1, 'y': 2}), Point(y=0, x=1))
try:
    p.x = 5
except AttributeError:
    print('AttributeError immutable')
try:
    Point(1)
except TypeError:
    print('TypeError missing')
print({p: 'dict key'}[Point(3, 4)])

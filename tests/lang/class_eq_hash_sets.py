# value objects in sets and dicts
class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
pts = [Point(1, 2), Point(3, 4), Point(1, 2), Point(0, 0)]
s = set(pts)
print(len(s), sorted(s))
d = {p: i for i, p in enumerate(pts)}
print(d[Point(1, 2)], len(d))
print(Point(3, 4) in s, Point(9, 9) in s, pts.count(Point(1, 2)), pts.index(Point(0, 0)))
print(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(1, 2), Point(1, 2) == (1, 2))
class Sub(Point):
    pass
print(Sub(1, 2) == Point(1, 2), hash(Sub(1, 2)) == hash(Point(1, 2)))
class NoHash:
    def __eq__(self, o):
        return True
try:
    {NoHash()}
except TypeError:
    print('TypeError unhashable')
class IdHash:
    pass
a = IdHash()
print(len({a, a, IdHash()}))

# classes: __init__, attributes, methods
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def dist2(self):
        return self.x * self.x + self.y * self.y
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
p = Point(3, 4)
print(p.x, p.y, p.dist2())
p.move(1, 1).move(1, 1)
print(p.x, p.y)
p.z = 10
print(p.z, hasattr(p, "z"), hasattr(p, "w"))
q = Point(0, 0)
print(hasattr(q, "z"))
print(type(p).__name__, isinstance(p, Point), isinstance(5, Point))
print(Point.__name__)
m = p.dist2
print(m())
print(Point.dist2(q))

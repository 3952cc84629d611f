# arithmetic dunder methods
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __eq__(self, o):
        return self.x == o.x and self.y == o.y
    def __repr__(self):
        return "Vec(%d, %d)" % (self.x, self.y)
a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, b - a, a * 3, -a, a == Vec(1, 2))
a += b
print(a)
print(sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)))
try:
    a / 2
except TypeError:
    print("TypeError")

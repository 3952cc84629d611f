# self.__class__, type(self), class names, and class-level helpers
class Shape:
    sides = 0
    def describe(self):
        return "%s with %d sides" % (self.__class__.__name__, self.sides)
    def clone(self):
        return type(self)()
class Triangle(Shape):
    sides = 3
class Square(Shape):
    sides = 4
shapes = [Shape(), Triangle(), Square()]
for s in shapes:
    print(s.describe(), type(s.clone()).__name__, s.__class__ is type(s))
print([type(s).__name__ for s in shapes])
print(Square.sides, Square().sides, Shape.describe(Square()))

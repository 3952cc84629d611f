# f-strings in loops, with methods, format specs from variables
for i in range(3):
    print(f"row {i}: {'*' * i}")
width = 6
prec = 2
for v in (1.5, 22.125, 333.0):
    print(f"[{v:{width}.{prec}f}]")
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __str__(self):
        return f"({self.x}, {self.y})"
p = Point(1, 2)
print(f"{p} {p!r} {p!s} {[p]}")

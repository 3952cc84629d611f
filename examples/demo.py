# A small tour of what Kiln runs today: classes, closures, generators,
# exceptions and big integers. `make demo` runs it under build/kiln.


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError

    def __repr__(self):
        return "%s(area=%.2f)" % (self.name, self.area())


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("Rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Circle(Shape):
    def __init__(self, r):
        super().__init__("Circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


def counter():
    n = 0

    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


shapes = [Rect(3, 4), Circle(1), Rect(2, 2.5)]
print(sorted(shapes, key=lambda s: s.area()))
tick = counter()
print([tick() for _ in range(3)], tick(10))
gen = fib()
print([next(gen) for _ in range(15)])
print("2**100 =", 2 ** 100)
try:
    Shape("abstract").area()
except NotImplementedError as e:
    print("caught", type(e).__name__)
print({k: v for k, v in zip("abc", range(3))})

# staticmethod and classmethod
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
    @classmethod
    def make(cls, n):
        return [cls() for _ in range(n)]
    @classmethod
    def how_many(cls):
        return cls.count
    @staticmethod
    def add(a, b):
        return a + b
Counter.make(3)
print(Counter.how_many(), Counter().how_many(), Counter.add(2, 3), Counter().add(4, 5))
class Sub(Counter):
    pass
objs = Sub.make(2)
print(type(objs[0]).__name__, Sub.how_many())
class Shape:
    def __init__(self, w, h):
        self.w, self.h = w, h
    @classmethod
    def square(cls, s):
        return cls(s, s)
    def area(self):
        return self.w * self.h
class Rect(Shape):
    pass
sq = Rect.square(4)
print(type(sq).__name__, sq.area())
sm = staticmethod(lambda x: x * 2)
class H:
    dbl = sm
    tpl = classmethod(lambda cls, x: (cls.__name__, x))
print(H.dbl(4), H().dbl(5), H.tpl(1), H().tpl(2))
f = Counter.add
print(f(10, 20))
print(callable(Counter.make), Counter.make.__name__ if hasattr(Counter.make, '__name__') else 'make')

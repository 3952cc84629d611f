# reflected operands of subclasses are tried first
class Base:
    def __init__(self, v): self.v = v
    def __add__(self, o): return 'Base.add'
    def __radd__(self, o): return 'Base.radd'
    def __lt__(self, o): return 'Base.lt'
    def __gt__(self, o): return 'Base.gt'
class Derived(Base):
    def __add__(self, o): return 'Derived.add'
    def __radd__(self, o): return 'Derived.radd'
    def __gt__(self, o): return 'Derived.gt'
    def __lt__(self, o): return 'Derived.lt'
b, d = Base(1), Derived(2)
print(d + b, b + b, d + d)
print(d < b)
class MyInt(int):
    def __radd__(self, o): return 'MyInt.radd'
    def __rsub__(self, o): return 'MyInt.rsub'
print(5 + MyInt(1), 5 - MyInt(1), MyInt(1) + 5)
class MyFloat(float):
    def __rmul__(self, o): return 'MyFloat.rmul'
print(2 * MyFloat(1.5), 2.0 * MyFloat(1.5), MyFloat(1.5) * 2)
class Same(Base):
    pass
s = Same(3)
print(b + s, s + b)
class Vec(list):
    def __add__(self, o): return Vec(a + b for a, b in zip(self, o))
    def __radd__(self, o): return Vec(a + b for a, b in zip(o, self))
print(Vec([1, 1]) + [5, 5], type(Vec([0]) + [1]).__name__)

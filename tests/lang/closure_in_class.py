# closures inside methods and class bodies
class Multiplier:
    def __init__(self, k):
        self.k = k
    def make(self):
        def f(x):
            return x * self.k
        return f
m = Multiplier(3)
f = m.make()
print(f(4))
m.k = 10
print(f(4))
def factory(base):
    class Thing:
        def value(self):
            return base * 2
    return Thing
T = factory(21)
print(T().value())

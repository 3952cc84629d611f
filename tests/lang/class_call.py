# __call__ and class objects as factories
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
a = Adder(3)
print(a(4), callable(a), list(map(a, [1, 2])))
classes = [int, str, list]
print([c(1) if c is not list else c((1,)) for c in classes])
def make(cls, *args):
    return cls(*args)
print(make(Adder, 10)(1), make(tuple, "ab"))

# closures nested several levels deep
def l1(a):
    def l2(b):
        def l3(c):
            def l4(d):
                return a + b + c + d
            return l4
        return l3
    return l2
print(l1(1)(2)(3)(4), l1('a')('b')('c')('d'))
def curry3(f):
    return lambda x: lambda y: lambda z: f(x, y, z)
print(curry3(lambda x, y, z: x * 100 + y * 10 + z)(1)(2)(3))
def outer():
    v = 'o'
    def mid():
        w = v + 'm'
        def inner():
            nonlocal w
            w += 'i'
            return v + w
        return inner
    return mid()
f = outer()
print(f(), f(), f())
def pipeline(*stages):
    def run(x):
        def step(i, val):
            if i == len(stages):
                return val
            return step(i + 1, stages[i](val))
        return step(0, x)
    return run
print(pipeline(str.strip, str.upper, lambda s: s + '!')('  hi  '))
def gen_closure(n):
    def g():
        for i in range(n):
            yield lambda: i * n
    return [f() for f in g()]
print(gen_closure(3))
class Holder:
    def __init__(self, v):
        self.v = v
    def getter(self):
        return lambda: self.v
h = Holder(5)
g = h.getter()
h.v = 6
print(g())

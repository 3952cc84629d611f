# attribute lookup order: properties, instance dict, class attributes,
# methods shadowed by instance attributes, __setattr__ hooks, class changes
class P:
    kind = "class"

    def __init__(self):
        self._v = 1
        self.x = 10

    @property
    def v(self):
        return self._v * 100

    @v.setter
    def v(self, val):
        self._v = val

    def m(self):
        return "method"


p = P()
print(p.v, p.x, p.kind, p.m())
p.v = 7
print(p.v, p._v)
p.m = lambda: "shadowed"
print(p.m())
del p.m
print(p.m())
p.kind = "instance"
print(p.kind, P.kind)
P.kind = "changed"
q = P()
print(q.kind, p.kind)
P.m = lambda self: "patched"
print(q.m(), p.m())


class Logged:
    def __init__(self):
        self.a = 1

    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 2)


obj = Logged()
obj.b = 5
print(obj.a, obj.b)


class G:
    def __getattr__(self, name):
        return "missing:" + name


g = G()
g.real = 3
print(g.real, g.other)

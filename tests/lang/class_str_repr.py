# __str__ and __repr__
class A:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "A(%r)" % (self.v,)
class B(A):
    def __str__(self):
        return "B with " + str(self.v)
a = A("x")
b = B(5)
print(a, repr(a), str(a), [a], (a,), {"k": a})
print(b, repr(b), str(b), [b])
print("%s %r" % (b, b), "{} {!r}".format(b, b), f"{b} {b!r}")
class OnlyStr:
    def __str__(self):
        return "only str"
o = OnlyStr()
print(o, str(o))
print(repr(o).startswith("<"))

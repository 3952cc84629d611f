# constructors with defaults, *args and **kwargs; super() forwarding
class Base:
    def __init__(self, name, *tags, **opts):
        self.name = name
        self.tags = tags
        self.opts = opts
    def __repr__(self):
        return "%s(%r, %r, %r)" % (type(self).__name__, self.name, self.tags, sorted(self.opts.items()))
class Child(Base):
    def __init__(self, *args, level=1, **kw):
        super().__init__(*args, **kw)
        self.level = level
print(Base("a"), Base("b", "x", "y"), Base("c", k=1, j=2))
c = Child("d", "t1", level=5, color="red")
print(c, c.level)
print(Child(name="e"), Child("f", level=0).level)
args = ("g", "u", "v")
kw = {"size": 3}
print(Base(*args, **kw))
try:
    Base()
except TypeError:
    print("TypeError")

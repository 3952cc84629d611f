# class attributes vs instance attributes
class C:
    count = 0
    kind = "base"
    def __init__(self):
        C.count += 1
        self.id = C.count
a = C()
b = C()
print(C.count, a.count, b.id, a.id)
a.kind = "instance"
print(a.kind, b.kind, C.kind)
C.kind = "changed"
print(a.kind, b.kind)
del a.kind
print(a.kind)
print(getattr(a, "id"), getattr(a, "missing", "dflt"))
setattr(a, "dyn", 42)
print(a.dyn)
try:
    a.nothing
except AttributeError:
    print("AttributeError")
try:
    getattr(a, "nothing")
except AttributeError:
    print("AttributeError")
class D(C):
    kind = "derived"
print(D.kind, D().count, C.count)

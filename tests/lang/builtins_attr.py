# getattr, setattr, hasattr, delattr
class O:
    x = 1
o = O()
print(getattr(o, "x"), getattr(o, "y", "default"), hasattr(o, "x"), hasattr(o, "y"))
setattr(o, "y", 5)
print(o.y, getattr(o, "y"), hasattr(o, "y"))
delattr(o, "y")
print(hasattr(o, "y"))
name = "dynamic"
setattr(O, name, lambda self: "method via setattr")
print(o.dynamic())
print(getattr("abc", "upper")(), getattr([1, 2], "count")(1))
try:
    getattr(o, "missing")
except AttributeError:
    print("AttributeError")
print(hasattr(None, "x"), hasattr("s", "join"))

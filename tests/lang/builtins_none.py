# None
x = None
print(x, repr(x), str(x), x is None, x == None, x != 0, bool(x))
def f():
    pass
print(f() is None, [None] * 2, {None: None})
print(type(None).__name__)
d = {}
print(d.get("k") is None)
try:
    None.attr
except AttributeError:
    print("AttributeError")
try:
    None + 1
except TypeError:
    print("TypeError")

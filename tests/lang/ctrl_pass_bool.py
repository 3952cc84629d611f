# pass, boolean short-circuit evaluation
def side(name, val):
    print("eval", name)
    return val

print(side("a", 0) and side("b", 1))
print(side("c", 1) and side("d", 2))
print(side("e", 0) or side("f", 3))
print(side("g", 4) or side("h", 5))
print(not side("i", []))
x = None
print(x is None, x is not None, x == None)
class Empty:
    pass
def noop():
    pass
print(noop())
for v in (0, 0.0, "", [], (), {}, set(), None, False, 1, "0", [0], 0.1):
    print(repr(v), bool(v))

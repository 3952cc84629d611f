# OrderedDict: order, move_to_end, popitem(last=), repr, equality
from collections import OrderedDict

od = OrderedDict()
print(od, repr(od), len(od))
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end("b")
print(od)
od.move_to_end("b", last=False)
print(od)
od.move_to_end("c", False)
print(od)
try:
    od.move_to_end("zz")
except KeyError:
    print("KeyError")
print(od.popitem(), od)
print(od.popitem(last=False), od)
print(od.popitem(False), od)
try:
    od.popitem()
except KeyError:
    print("KeyError empty")
o1 = OrderedDict([("x", 1), ("y", 2)])
o2 = OrderedDict([("y", 2), ("x", 1)])
print(o1 == o2, o1 == {"y": 2, "x": 1}, {"x": 1, "y": 2} == o2, o1 != o2)
print(isinstance(o1, dict), isinstance(o1, OrderedDict), type(o1).__name__)
o3 = OrderedDict(a=1, b=2)
o3.update({"c": 3}, d=4)
print(o3, o3.get("a"), o3.get("q", 0), "c" in o3)
print(list(reversed(o3)))
cp = o3.copy()
cp["e"] = 5
print(type(cp).__name__, cp, len(o3))
del o3["a"]
o3["a"] = 10
print(o3)
print(OrderedDict.fromkeys("xyz", 0))
print(dict(o3), sorted(o3))
print(o3.setdefault("z", 26), o3.pop("b"), o3)
m = OrderedDict(x=1) | {"y": 2}
print(m, type(m).__name__)
m |= [("z", 3)]
print(m, type(m).__name__)
try:
    OrderedDict() | 5
except TypeError:
    print("TypeError or")

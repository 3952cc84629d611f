# dict methods
d = {"x": 1, "y": 2, "z": 3}
print(d.get("x"), d.get("w"), d.get("w", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("y"), d.pop("nope", "default"), d)
print(d.setdefault("x", 100), d.setdefault("n", 5), d)
d.update({"x": -1, "m": 9})
d.update(q=7)
d.update([("r", 8)])
print(d)
c = d.copy()
c["new"] = 1
print("new" in d, "new" in c)
k, v = c.popitem()
print(k, v, len(c))
d.clear()
print(d, len(d))
print(dict.fromkeys(["a", "b"]), dict.fromkeys("xy", 0))
try:
    {}.pop("a")
except KeyError:
    print("KeyError")
try:
    {}.popitem()
except KeyError:
    print("KeyError")

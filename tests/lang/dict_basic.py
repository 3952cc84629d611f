# dict basics
d = {"a": 1, "b": 2}
print(d, len(d), d["a"], "a" in d, "z" in d, "z" not in d)
d["c"] = 3
d["a"] = 10
print(d)
del d["b"]
print(d, len(d))
try:
    d["nope"]
except KeyError:
    print("KeyError")
try:
    del d["nope"]
except KeyError:
    print("KeyError")
print({}, dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}))
print({1: "int", 2.5: "float", None: "none", (1, 2): "tuple", True: "bool"})
e = {}
e[1] = "one"
e[1.0] = "float one"
print(e)
print(d == {"a": 10, "c": 3}, d != {"a": 10}, {} == {})

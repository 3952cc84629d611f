# globals(), locals() basics and name lookup through builtins
x = 5
g = globals()
print("x" in g, g["x"])
def f():
    globals()["made_here"] = 1
f()
print(made_here)
print(sorted(k for k in dir([]) if k in ("append", "pop", "sort")))
print("upper" in dir(""), "keys" in dir({}))

# wrong-argument-count errors are TypeError
def f0():
    return 0
def f2(a, b):
    return a + b
for args in [(), (1,), (1, 2), (1, 2, 3)]:
    for fn in (f0, f2):
        try:
            r = fn(*args)
            print(fn.__name__, len(args), "ok", r)
        except TypeError:
            print(fn.__name__, len(args), "TypeError")
try:
    (lambda x: x)()
except TypeError:
    print("lambda TypeError")
try:
    f0(x=1)
except TypeError:
    print("kw TypeError")
try:
    n = 5
    n()
except TypeError:
    print("not callable TypeError")

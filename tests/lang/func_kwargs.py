# keyword arguments and **kwargs
def f(a, b, c=3):
    return (a, b, c)
print(f(1, 2), f(1, b=5), f(c=9, b=8, a=7), f(1, 2, c=0))
def g(**kw):
    return sorted(kw.items())
print(g(), g(x=1, y=2))
def h(a, **kw):
    return a, kw
print(h(1, b=2, c=3))
opts = {"b": 20, "c": 30}
print(f(10, **opts), f(**{"a": 1, "b": 2}))
try:
    f(1, 2, a=3)
except TypeError:
    print("TypeError multiple values")
try:
    f(1, d=4)
except TypeError:
    print("TypeError unexpected kw")
try:
    f(1)
except TypeError:
    print("TypeError missing")
def kwonly(a, *, b, c=5):
    return a + b + c
print(kwonly(1, b=2), kwonly(1, b=2, c=3))
try:
    kwonly(1, 2)
except TypeError:
    print("TypeError kwonly")

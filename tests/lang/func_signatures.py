# positional-only, keyword-only, defaults, *args/**kwargs combinations and errors
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw
print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6, z=7))
print(f(1, c=9, d=0, b=8))
def only_kw(*, x, y=1):
    return x, y
print(only_kw(x=0), only_kw(y=2, x=1))
def posonly(a, b, /):
    return a - b
print(posonly(5, 3))
for call in ("posonly(a=1, b=2)", "only_kw(1)", "only_kw()", "f()", "f(1)", "posonly(1)", "posonly(1, 2, 3)", "f(1, d=1, d=2)" if False else "f(1, 2, d=1, c=3, **{'c': 4})"):
    try:
        eval(call)
        print('ok', call)
    except TypeError:
        print('TypeError', call)
def defaults(a, L=[]):
    L.append(a)
    return L
print(defaults(1), defaults(2), defaults(3, []))
def kwargs_order(**kw):
    return list(kw)
print(kwargs_order(z=1, a=2, m=3), kwargs_order(**{'b': 1}, c=2))
args = (1, 2)
kws = {'d': 4, 'extra': True}
print(f(*args, *[3, 3.5], **kws))
print((lambda a, /, b=2, *, c: (a, b, c))(1, c=3))
print(f.__defaults__, f.__kwdefaults__, only_kw.__kwdefaults__, posonly.__defaults__)

# keyword-only and positional-only parameters
def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, d=0, e=5, f=7))
for call in ('f(1, b=2, c=3, e=5)', 'f(1, 2, 3, 4, 5)', 'f(1, 2, 3)', 'f(a=1, b=2, c=3, e=5)'):
    try:
        eval(call)
    except TypeError:
        print('TypeError', call)
def g(*, only):
    return only
print(g(only='kw'))
try:
    g('pos')
except TypeError:
    print('TypeError pos to kwonly')
def h(x, /, **kw):
    return x, sorted(kw.items())
print(h(1, x=2))
def k(a, *args, b, **kw):
    return a, args, b, kw
print(k(1, 2, 3, b=4, c=5))
def defaults_kwonly(*, a=1, b):
    return a, b
print(defaults_kwonly(b=2), defaults_kwonly(a=0, b=0))
def po_default(a, b=2, /):
    return a + b
print(po_default(1), po_default(1, 5))
print(f.__name__)
lam = lambda a, /, b, *, c: (a, b, c)
print(lam(1, 2, c=3), lam(1, b=2, c=3))

# locals() and vars() inside functions give the bound local variables
def f(a, b=2, *args, c=3, **kw):
    x = a + b
    return sorted(locals().items())
print(f(1))
print(f(1, 5, 6, 7, c=9, d=10))

def unbound():
    before = sorted(locals())
    y = 1
    after = sorted(locals())
    return before, after
print(unbound())

def with_closure():
    captured = 'cell'
    other = 1
    def inner():
        return sorted(locals().items()), captured
    return inner(), sorted(locals())
print(with_closure())

def snapshot():
    d = locals()
    z = 5
    return 'z' in d, 'z' in locals()
print(snapshot())

def v(p, q):
    r = p * q
    return sorted(vars().items())
print(v(3, 4))

def deleted():
    a = 1
    b = 2
    del a
    return sorted(locals())
print(deleted())

def loop():
    out = []
    for i in range(2):
        out.append(sorted(k for k in locals() if k != 'out'))
    return out
print(loop())

def gen(n):
    total = 0
    for i in range(n):
        total += i
        yield sorted(locals().items())
for item in gen(2):
    print(item)

class C:
    def m(self, k):
        return sorted(n for n in locals() if n != 'self'), locals()['self'] is self
print(C().m(1))

def fmt(name, age):
    return '{name} is {age}'.format(**locals())
print(fmt('Ann', 7))

# module level locals() is globals()
print(locals() is globals())
lam = lambda q: sorted(locals())
print(lam(1))

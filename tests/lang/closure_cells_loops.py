# closure cells created in loops and comprehensions
fs = []
for i in range(3):
    def f():
        return i
    fs.append(f)
print([f() for f in fs])
fs = []
for i in range(3):
    def f(j=i):
        return j
    fs.append(f)
print([f() for f in fs])
def maker(n):
    return lambda: n
print([maker(i)() for i in range(3)])
def outer():
    res = []
    for k in range(3):
        def g(k=k):
            return k * 10
        res.append(g)
    k = 99
    return [g() for g in res]
print(outer())
def capture_then_change():
    x = 1
    def get():
        return x
    x = 2
    return get()
print(capture_then_change())
def cells_in_while():
    out = []
    n = 0
    while n < 3:
        out.append(lambda n=n: n)
        n += 1
    return [f() for f in out]
print(cells_in_while())
adders = {name: (lambda v, k=k: v + k) for k, name in enumerate(['zero', 'one', 'two'])}
print({n: f(10) for n, f in sorted(adders.items())})
def shared():
    v = []
    return (lambda x: v.append(x)), (lambda: list(v))
put, get = shared()
put(1); put(2)
print(get())

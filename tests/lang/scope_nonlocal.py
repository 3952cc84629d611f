# nonlocal in nested functions
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc()
print(get(), inc())
def outer():
    x = 'outer'
    def mid():
        def inner():
            nonlocal x
            x = 'inner'
        inner()
        return x
    r = mid()
    return r, x
print(outer())
def two_levels():
    a = 1
    def m():
        a = 2
        def i():
            nonlocal a
            a += 10
            return a
        i()
        return a
    return m(), a
print(two_levels())
def accum():
    total = []
    def add(v):
        nonlocal total
        total = total + [v]
        return total
    return add
add = accum()
add(1)
print(add(2))
def loop():
    fs = []
    for i in range(3):
        def f(i=i):
            return i
        fs.append(f)
    return [f() for f in fs]
print(loop())
def shadow():
    v = 1
    def g():
        v = 5
        return v
    return g(), v
print(shadow())
def multi():
    a = b = 0
    def s():
        nonlocal a, b
        a, b = 3, 4
    s()
    return a, b
print(multi())

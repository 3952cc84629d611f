# generators that close over variables and create closures
def make_gen(step):
    def gen(n):
        i = 0
        while i < n:
            yield i * step
            i += 1
    return gen
g3 = make_gen(3)
print(list(g3(4)), list(make_gen(-1)(3)))
def counters():
    for k in range(3):
        def c(x, k=k):
            return x + k
        yield c
print([f(10) for f in counters()])
def outer():
    total = 0
    def gen(xs):
        nonlocal total
        for x in xs:
            total += x
            yield total
    out = list(gen([1, 2, 3]))
    return out, total
print(outer())
def lazy_map(f, it):
    for x in it:
        yield f(x)
scale = 10
print(list(lazy_map(lambda x: x * scale, range(3))))
scale = 100
g = lazy_map(lambda x: x * scale, range(2))
scale = 1000
print(list(g))

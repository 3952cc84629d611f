# closures capturing generator state and generators closing over variables
def make_gen_factory(step):
    def gen(n):
        for i in range(n):
            yield i * step
    return gen
g3 = make_gen_factory(3)
print(list(g3(4)), list(make_gen_factory(-1)(3)))
def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
    def g():
        while count < 3:
            yield count
            bump()
    return g
print(list(counter_gen()()))
def lazy_vals():
    fs = []
    for i in range(3):
        fs.append(lambda i=i: i * 10)
    yield from (f() for f in fs)
print(list(lazy_vals()))
def outer():
    x = 1
    def gen():
        nonlocal x
        while x < 50:
            yield x
            x *= 3
    items = list(gen())
    return items, x
print(outer())
def accumulate(xs):
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    return [add(x) for x in xs]
print(accumulate([1, 2, 3, 4]))
gens = [(lambda k: (k * j for j in range(3)))(k) for k in range(3)]
print([list(g) for g in gens])

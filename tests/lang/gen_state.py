# generator locals persist between yields; independent instances
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
g1 = fib()
g2 = fib()
print([next(g1) for _ in range(10)])
print(next(g2), next(g2), next(g1))
def running_total(xs):
    total = 0
    for x in xs:
        total += x
        yield total
print(list(running_total([1, 2, 3, 4])))
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
print(take(5, fib()))

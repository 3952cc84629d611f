# closures capturing, sharing and rebinding
def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    return inc, reset
inc, reset = make_counter(10, 5)
print(inc(), inc(), inc())
reset()
print(inc())
a, _ = make_counter()
b, _ = make_counter(100)
print(a(), b(), a(), b())
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
def late():
    return [lambda x: x * i for i in range(4)]
print([m(10) for m in late()])
def bank(balance):
    def deposit(v):
        nonlocal balance
        balance += v
        return balance
    def withdraw(v):
        nonlocal balance
        if v > balance:
            return 'insufficient'
        balance -= v
        return balance
    return deposit, withdraw
d, w = bank(50)
print(d(25), w(100), w(30), d(0))
def memo(f):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return inner, cache
def _sq(n):
    print('computing', n)
    return n * n
slow_sq, sq_cache = memo(_sq)
print(slow_sq(4), slow_sq(4), slow_sq(5), sorted(sq_cache))

# infinite generators composed into pipelines
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
def take(n, it):
    for _ in range(n):
        yield next(it)
def filt(pred, it):
    for x in it:
        if pred(x):
            yield x
def mapg(f, it):
    for x in it:
        yield f(x)
print(list(take(5, naturals())))
print(list(take(5, filt(lambda x: x % 7 == 3, naturals()))))
print(list(take(4, mapg(lambda x: x * x, naturals(10)))))
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(list(take(15, primes())))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
print(next(x for x in fib() if x > 1000))
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(27))[:20], len(list(collatz(27))))
def running_avg():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
ra = running_avg()
next(ra)
print([ra.send(v) for v in (10, 20, 30, 40)])

# keyword arguments with closures, defaults referencing globals, and recursion via closures
RATE = 2
def make_scaler(rate=RATE):
    def scale(x, *, offset=0):
        return x * rate + offset
    return scale
RATE = 100
s = make_scaler()
print(s(5), s(5, offset=1), make_scaler(3)(2))
def memo_fib():
    cache = {0: 0, 1: 1}
    def fib(n):
        if n not in cache:
            cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]
    return fib
fib = memo_fib()
print(fib(60), fib(10))
def opts(**kw):
    base = {'color': 'red', 'size': 1}
    base.update(kw)
    return sorted(base.items())
print(opts(), opts(size=3), opts(shape='sq', color='blue'))
def call_with(f, *args, **kwargs):
    return f(*args, **kwargs)
print(call_with(opts, size=9), call_with(max, 3, 7, key=lambda v: -v))
def kwonly_defaults(a, *, sep='-', end='!'):
    return sep.join(a) + end
print(kwonly_defaults('abc'), kwonly_defaults('abc', end='?'), kwonly_defaults('ab', sep=''))
def recur_closure(n):
    def walk(k, acc):
        if k == 0:
            return acc
        return walk(k - 1, acc + [k])
    return walk(n, [])
print(recur_closure(5))

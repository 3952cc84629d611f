# decorators holding state: call counts, caching, validation
class count_calls:
    def __init__(self, f):
        self.f = f
        self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return self.f(*a, **k)
@count_calls
def noop(x=None):
    return x
for i in range(5):
    noop(i)
print(noop.calls)
def cached(f):
    store = {}
    def w(*a):
        if a in store:
            return store[a]
        r = store[a] = f(*a)
        return r
    return w
fib_store = None
def cached2(f):
    global fib_store
    fib_store = {}
    def w(*a):
        if a not in fib_store:
            fib_store[a] = f(*a)
        return fib_store[a]
    return w
@cached2
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib_store))
def typed(*types):
    def deco(f):
        def w(*a):
            for v, t in zip(a, types):
                if not isinstance(v, t):
                    raise TypeError('expected ' + t.__name__)
            return f(*a)
        return w
    return deco
@typed(int, str)
def rep(n, s):
    return s * n
print(rep(3, 'ab'))
try:
    rep('3', 'ab')
except TypeError as e:
    print('TypeError', e.args)
class Retry:
    def __init__(self, times):
        self.times = times
    def __call__(self, f):
        def w(*a):
            for attempt in range(self.times):
                try:
                    return f(attempt, *a)
                except ValueError:
                    print('attempt', attempt, 'failed')
            return 'gave up'
        return w
@Retry(3)
def flaky(attempt, target):
    if attempt < target:
        raise ValueError
    return 'ok at %d' % attempt
print(flaky(2), flaky(5))

# custom iterators and the iteration protocol
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)))
c = Countdown(3)
print(next(c), next(c), next(c), next(c, 'done'))
class Range2:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __iter__(self):
        i = self.a
        while i < self.b:
            yield i
            i += 1
r = Range2(2, 6)
print(list(r), list(r), sum(r), 4 in r, max(r))
print(sorted(Range2(0, 5), reverse=True), list(zip(Range2(0, 3), 'abc')))
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
print(list(iter(lambda: 1, 1)))
vals = iter([5, 4, 3, 0, 9])
print(list(iter(lambda: next(vals), 0)))
class Fib:
    def __iter__(self):
        a, b = 0, 1
        while True:
            yield a
            a, b = b, a + b
for i, f in enumerate(Fib()):
    if i >= 10:
        break
    print(f, end=' ')
print()
try:
    iter(5)
except TypeError:
    print('TypeError not iterable')
try:
    next([1])
except TypeError:
    print('TypeError not iterator')
print(list(map(len, Range2(0, 0))) == [], list(enumerate(Countdown(2))))

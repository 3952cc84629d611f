# bound methods, methods stored and called later, self mutation
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, by=1):
        self.n += by
        return self
    def get(self):
        return self.n
c = Counter()
f = c.inc
f()
f(5)
print(c.get())
calls = [c.inc, c.inc, c.get]
for m in calls:
    r = m()
print(r)
print(Counter.inc(c, 10).get())
ms = [Counter() for _ in range(3)]
for i, m in enumerate(ms):
    m.inc(i)
print([m.get() for m in ms])
class Wrap:
    def __init__(self, fn):
        self.fn = fn
    def call(self, x):
        return self.fn(x)
print(Wrap(abs).call(-4), Wrap(lambda s: s[::-1]).call("abc"))

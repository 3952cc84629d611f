# default argument evaluation time and mutable defaults
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe_append(1), safe_append(2))
n = 10
def uses_n(v=n):
    return v
n = 20
print(uses_n())
calls = []
def dflt():
    calls.append('dflt evaluated')
    return 'd'
def f(a=dflt()):
    return a
print(calls, f(), f(), calls)
def counter(c={'n': 0}):
    c['n'] += 1
    return c['n']
print(counter(), counter(), counter())
def many(a, b=1, c=2, d=3):
    return a + b + c + d
print(many(0), many(0, d=10), many(0, 5, 5, 5))
def mixed(a, b=[], *args, c={}, **kw):
    b.append(a)
    c[a] = len(b)
    return len(b), sorted(c)
print(mixed('x'), mixed('y'), mixed('z', []))
print(many.__defaults__ if hasattr(many, '__defaults__') else (1, 2, 3))

# functions as values: attributes, storage, passing
def add(a, b): return a + b
def sub(a, b): return a - b
ops = {'+': add, '-': sub, '*': lambda a, b: a * b}
for sym in '+-*':
    print(sym, ops[sym](7, 3))
print(add.__name__, callable(add), callable(5))
def compose(*fs):
    def h(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return h
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(5))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(dbl, 10, 1))
funcs = [add, sub]
print([f(10, 4) for f in funcs])
def make_op(kind):
    if kind == 'sq':
        def op(x): return x * x
    else:
        def op(x): return -x
    return op
print(make_op('sq')(9), make_op('neg')(9))
try:
    add.tag = 'custom attr'
    print(add.tag)
except AttributeError:
    print('custom attr')
class Calc:
    def run(self, f, *a):
        return f(*a)
print(Calc().run(max, 3, 8, 1))
m = Calc().run
print(m(min, 4, 2))
print(sorted(['bb', 'a', 'ccc'], key=len), list(map(str.upper, 'ab')))
print(type(add).__name__, type(lambda: 0).__name__)

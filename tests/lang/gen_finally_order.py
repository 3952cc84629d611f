# try/finally and with inside generators
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print('enter', self.n)
        return self.n
    def __exit__(self, *a):
        print('exit', self.n, a[0].__name__ if a[0] else None)
        return False
def g():
    with CM(1) as v:
        yield v
        with CM(2) as w:
            yield w
    yield 'end'
print(list(g()))
x = g()
print(next(x), next(x))
x.close()
print('after close')
def fin():
    for i in range(3):
        try:
            yield i
        finally:
            print('finally', i)
fg = fin()
for v in fg:
    if v == 1:
        break
fg.close()
print('loop broken')
def nested():
    try:
        try:
            yield 'inner'
        finally:
            print('inner fin')
        yield 'mid'
    finally:
        print('outer fin')
n = nested()
print(next(n), next(n))
try:
    n.throw(RuntimeError('boom'))
except RuntimeError as e:
    print('propagated', e.args)

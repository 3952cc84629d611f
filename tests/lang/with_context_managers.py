# context manager protocol details
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev.args if ev else None)
        return self.suppress
with CM('a') as a, CM('b') as b:
    print('body', a.name, b.name)
with CM('s', suppress=True):
    raise ValueError('hidden')
print('after suppressed')
try:
    with CM('n'):
        raise KeyError('shown')
except KeyError as e:
    print('propagated', e.args)
def f():
    with CM('ret'):
        return 'returned'
print(f())
for i in range(3):
    with CM('loop%d' % i):
        if i == 1:
            continue
        if i == 2:
            break
        print('loop body', i)
with CM('outer'):
    with CM('inner', suppress=True):
        raise ZeroDivisionError('zd')
    print('between')
class Enter:
    def __enter__(self):
        return 'entered value'
    def __exit__(self, *a):
        return None
with Enter() as v:
    print(v)
with Enter():
    print('no as')
class ExitTrue:
    def __enter__(self): return self
    def __exit__(self, *a): return 1
with ExitTrue():
    raise RuntimeError
print('truthy exit suppresses')

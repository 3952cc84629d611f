# exceptions raised from __exit__ and __enter__, and suppression decisions by type
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.caught = et.__name__ if et else None
        return et is not None and issubclass(et, self.types)
with Suppress(KeyError, IndexError) as s:
    {}['missing']
print('suppressed', s.caught)
try:
    with Suppress(KeyError) as s:
        raise ValueError('not suppressed')
except ValueError as e:
    print('escaped', e.args, s.caught)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError('from exit')
try:
    with ExitRaises():
        raise KeyError('original')
except RuntimeError as e:
    print('exit error replaces', e.args)
class EnterRaises:
    def __enter__(self):
        raise OSError('enter failed')
    def __exit__(self, *a):
        print('exit should not run')
try:
    with EnterRaises():
        print('body should not run')
except OSError as e:
    print('enter error', e.args)
with Suppress(ZeroDivisionError):
    for i in (2, 1, 0):
        print(10 // i)
print('done')

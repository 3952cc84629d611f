# resource management patterns built on with
class Lock:
    def __init__(self):
        self.held = False
        self.history = []
    def __enter__(self):
        assert not self.held
        self.held = True
        self.history.append('acquire')
        return self
    def __exit__(self, *exc):
        self.held = False
        self.history.append('release')
lock = Lock()
with lock:
    print('held', lock.held)
print('held', lock.held)
try:
    with lock:
        raise OSError('fail')
except OSError:
    print('error but released', lock.held)
print(lock.history)
class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print('rolled back', et.__name__)
            return True
        print('committed')
db = {'a': 1}
with Transaction(db) as t:
    t['b'] = 2
print(db)
with Transaction(db) as t:
    t['c'] = 3
    raise ValueError
print(db)
class Timer:
    depth = 0
    def __enter__(self):
        Timer.depth += 1
        return Timer.depth
    def __exit__(self, *a):
        Timer.depth -= 1
with Timer() as d1:
    with Timer() as d2:
        print(d1, d2, Timer.depth)
print(Timer.depth)
import io
with io.StringIO() as buf:
    buf.write('written')
    print(buf.getvalue())
print(buf.closed if hasattr(buf, 'closed') else True)

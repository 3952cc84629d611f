# common chaining patterns: wrapping low-level errors, retry loops, cleanup errors
class ConfigError(Exception):
    pass

def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError('bad number: ' + text) from e

for t in ('12', 'zz'):
    try:
        print(parse(t))
    except ConfigError as e:
        print(e, type(e.__cause__).__name__, e.__suppress_context__, e.__context__ is e.__cause__)

def fetch(attempt):
    if attempt < 2:
        raise OSError('try %d' % attempt)
    return 'ok after %d' % attempt

last = None
for attempt in range(3):
    try:
        print(fetch(attempt))
        break
    except OSError as e:
        last = e
print(repr(last), last.__context__)

def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError('no ' + k) from None

try:
    lookup({}, 'x')
except LookupError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

def chain_depth(e):
    n = 0
    while e is not None:
        n += 1
        e = e.__cause__ or e.__context__
    return n

try:
    try:
        try:
            1 / 0
        except ZeroDivisionError as a:
            raise ValueError('level 2') from a
    except ValueError:
        raise RuntimeError('level 3')
except RuntimeError as e:
    print(chain_depth(e), type(e.__context__.__cause__).__name__)

class Resource:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        if exc[0] is not None:
            raise OSError('close failed') from exc[1]
try:
    with Resource():
        raise KeyError('work failed')
except OSError as e:
    print(e, repr(e.__cause__), repr(e.__context__))

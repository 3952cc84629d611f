# exceptions crossing function and generator boundaries
def level3(x):
    if x < 0:
        raise ValueError('negative: %d' % x)
    return x * 2
def level2(x):
    return level3(x) + 1
def level1(xs):
    out = []
    for x in xs:
        try:
            out.append(level2(x))
        except ValueError as e:
            out.append(str(e))
    return out
print(level1([1, -2, 3]))
def gen(xs):
    for x in xs:
        if x == 0:
            raise ZeroDivisionError('zero in stream')
        yield 10 // x
try:
    for v in gen([5, 2, 0, 1]):
        print('got', v)
except ZeroDivisionError as e:
    print('stream error', e.args)
def safe(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return type(e).__name__
print(safe(int, 'z'), safe(len, 5), safe(lambda: [][0]), safe(pow, 2, 3))
print([safe(lambda v=v: 10 / v) for v in (1, 0, 4)])
def deep(n):
    if n == 0:
        raise KeyError('bottom')
    try:
        deep(n - 1)
    finally:
        if n % 2:
            print('unwind', n)
try:
    deep(5)
except KeyError as e:
    print('caught at top', e.args)

# dispatch tables and if/elif chains (no match statement)
def handle(cmd, *args):
    handlers = {
        'add': lambda a, b: a + b,
        'neg': lambda a: -a,
        'cat': lambda *s: ''.join(s),
    }
    f = handlers.get(cmd)
    if f is None:
        return 'unknown ' + cmd
    try:
        return f(*args)
    except TypeError:
        return 'bad args for ' + cmd
print(handle('add', 2, 3), handle('neg', 4), handle('cat', 'a', 'b', 'c'), handle('zap'), handle('neg', 1, 2))
def grade(score):
    if score >= 90:
        return 'A'
    elif score >= 80:
        return 'B'
    elif score >= 70:
        return 'C'
    elif score >= 60:
        return 'D'
    else:
        return 'F'
print([grade(s) for s in (95, 85, 75, 65, 55, 90, 60)])
class Shape:
    def area(self):
        raise NotImplementedError
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Ci(Shape):
    def __init__(self, r): self.r = r
    def area(self): return round(3.14159 * self.r ** 2, 2)
for s in (Sq(2), Ci(1), Shape()):
    try:
        print(type(s).__name__, s.area())
    except NotImplementedError:
        print(type(s).__name__, 'abstract')
def typeswitch(v):
    if isinstance(v, bool):
        return 'bool'
    if isinstance(v, int):
        return 'int'
    if isinstance(v, (list, tuple)):
        return 'seq%d' % len(v)
    return type(v).__name__
print([typeswitch(v) for v in (True, 3, [1], (1, 2), 'x', None, 2.0)])

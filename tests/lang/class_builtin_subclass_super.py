# subclasses of built-in types reaching the base implementation through super()
class Money(int):
    def __add__(self, other):
        return Money(super().__add__(other))
    def __sub__(self, other):
        return Money(super().__sub__(other))
    def __neg__(self):
        return Money(super().__neg__())
    def __repr__(self):
        return '$' + str(int(self))
    def __str__(self):
        return '$%d' % int(self)
m = Money(5) + 3
print(repr(m), type(m).__name__, repr(-m), repr(m - 10), m * 2, m < 10, str(m))

class Path(str):
    def __truediv__(self, other):
        return Path(str.__add__(str.__add__(self, '/'), other))
    def __len__(self):
        return super().__len__()
    def __contains__(self, part):
        return super().__contains__(part)
    def __getitem__(self, i):
        return Path(super().__getitem__(i))
p = Path('usr') / 'lib' / 'x'
print(p, len(p), 'lib' in p, p[0:3], type(p[0:3]).__name__, p.upper())

class Hist(dict):
    def __missing__(self, key):
        return 0
    def __setitem__(self, k, v):
        super().__setitem__(k, max(0, v))
    def __delitem__(self, k):
        print('del', k)
        super().__delitem__(k)
h = Hist()
for ch in 'hello':
    h[ch] += 1
h['z'] = -5
print(sorted(h.items()), h['q'])
del h['z']

class Stack(list):
    def push(self, v):
        self.append(v)
        return self
    def __getitem__(self, i):
        return super().__getitem__(i)
s = Stack()
s.push(1).push(2)
s += [3]
print(s, s[-1], s[:2], type(s).__name__, len(s), list.__len__(s), list.__getitem__(s, 0))

class Temp(float):
    def __mul__(self, k):
        return Temp(super().__mul__(k))
    def __round__(self, n=None):
        return Temp(round(float(self), n))
t = Temp(21.456) * 2
print(t, type(t).__name__, float.__add__(t, 1.0), (1.5).__mul__(4), float.__neg__(2.0), int.__abs__(-3))
print(int.__mod__(7, 3), int.__pow__(2, 10), str.__mul__('ab', 2), str.__mod__('%d', 5), list.__add__([1], [2]), int.__lt__(1, 2), int.__add__(1, 'x'))

fs = frozenset([1, 2, 3])
print(fs, frozenset(), fs | {4}, fs & {2, 9}, fs - {1}, fs ^ {3, 4}, {1} | fs, hash(fs) == hash(frozenset([3, 2, 1])))
print(fs.union([5]), fs.issubset({1, 2, 3, 4}), fs.isdisjoint([7]), type(fs | {4}).__name__, type({4} | fs).__name__)
d = {'a': 1, 'b': 2, 'c': 3}
k = d.keys(); it = d.items()
print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}), it & {('a', 1)}, 'a' in k, ('b', 2) in it)
print(sorted(k), len(k), list(reversed(d)), list(reversed(d.values())), k == {'a', 'b', 'c'}, k.isdisjoint({'x'}))
d['d'] = 4
print(list(k), d.values().__class__.__name__, {1: 2}.keys() <= {1, 2})
data = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b'), (2, 'c'), (1, 'c')]
print(sorted(data, key=lambda t: t[0]), sorted(data, key=lambda t: t[0], reverse=True))
words = ['bb', 'a', 'ccc', 'dd', 'e']
words.sort(key=len); print(words)
words.sort(key=len, reverse=True); print(words)
print(sorted('hello'), sorted({3: 1, 1: 2}), sorted([3, 1, 2], reverse=True), sorted([], key=abs))
class A:
    def __init__(self): self.x = 1
    def __getattr__(self, n): return 'missing ' + n
a = A()
print(a.x, a.y, getattr(a, 'zz'), a.__dict__, A.__name__, A.__qualname__, sorted(k for k in A.__dict__ if not k.startswith('__')))
class B:
    __slots__ = ('p',)
    def __init__(self): self.p = 2
print(B().p)
class Meta: pass
print(Meta.__module__, type(A.__dict__).__name__ in ('mappingproxy', 'dict'))
class T:
    def __bool__(self): return False
class U:
    def __len__(self): return 3
print(bool(T()), bool(U()), 'yes' if U() else 'no', not T())
class CM:
    def __enter__(self): print('enter'); return self
    def __exit__(self, *a): print('exit', a[0].__name__ if a[0] else None); return True
with CM() as c:
    raise ValueError
print('after')
class H:
    def __hash__(self): return 42
    def __eq__(self, o): return isinstance(o, H)
print(hash(H()), {H(): 1}[H()], H() in {H()})
class Call:
    def __call__(self, *a, **k): return a, k
print(Call()(1, x=2), callable(Call()), callable(Call))
def gen():
    x = yield 1
    print('got', x)
    try:
        yield 2
    except KeyError:
        yield 'caught'
    finally:
        print('cleanup')
g = gen(); print(next(g), g.send('s'), g.throw(KeyError), end=' '); g.close(); print()
def sub(): r = yield from gen(); return r
print(list(sub()))
print([x * y for x in range(3) if x for y in range(x)], {x: x * x for x in range(3)}, {x % 2 for x in range(5)}, list(x for x in 'ab'))
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0 != 2, (lambda: (yield))().__class__.__name__)

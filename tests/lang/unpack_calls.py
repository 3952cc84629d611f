# argument unpacking in calls
def f(a, b, c=3, *args, d=4, **kw):
    return (a, b, c, args, d, sorted(kw.items()))
print(f(1, 2))
print(f(*[1, 2, 5]))
print(f(*(1,), *(2, 7, 8)))
print(f(1, *[2], d=9, **{'x': 1}))
print(f(**{'a': 1, 'b': 2, 'e': 5}))
print(f(1, b=2, **{'c': 3}, z=0))
try:
    f(1, 2, **{'a': 5})
except TypeError:
    print('TypeError dup')
try:
    f(1, **{'b': 2}, **{'b': 3})
except TypeError:
    print('TypeError dup kw')
def g(*args):
    return args
print(g(*'abc'), g(*range(3), *{9: 0}))
print(g(*g(1, 2)))
def h(**kw):
    return sorted(kw)
print(h(**dict(a=1), **{'b': 2}))
class Mapping:
    def keys(self):
        return ['m', 'n']
    def __getitem__(self, k):
        return k * 2
print(h(**Mapping()))
print(dict(**Mapping()))
args = [3, 1, 2]
print(max(*args), sorted(args, **{'reverse': True}))
print('{}-{}'.format(*['x', 'y']), '{a}/{b}'.format(**{'a': 1, 'b': 2}))

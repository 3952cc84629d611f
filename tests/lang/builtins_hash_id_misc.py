# misc builtins: len on many types, bool, repr of classes, dir contents, globals
print(len('héllo'), len(b'ab'), len([1]), len((1, 2)), len({1: 2}), len({1}), len(range(0, 10, 3)), len(bytearray(4)))
class L:
    def __len__(self): return 7
print(len(L()))
try:
    len(5)
except TypeError:
    print('TypeError len')
print(sorted(n for n in dir([]) if not n.startswith('_'))[:5])
print('append' in dir(list), 'keys' in dir({}), 'upper' in dir(''))
class D:
    a = 1
    def m(self): pass
print([n for n in dir(D) if not n.startswith('_')])
g = globals()
print('D' in g, g['D'] is D, '__name__' in g, __name__)
x_mod_level = 5
print(g['x_mod_level'])
def f():
    loc = 1
    return sorted(locals())
print(f())
print(bool(), int(), float(), str(), list(), tuple(), dict(), repr(set()))
print(type(...).__name__, type(NotImplemented).__name__)
print(eval('1 + 2 * 3'), eval('x_mod_level * 2'), eval('[i for i in range(3)]'))
ns = {}
exec('y = 10\nz = y * 3', ns)
print(ns['y'], ns['z'])
exec('w_new = 4')
print(w_new)
print(eval('a + b', {'a': 1, 'b': 2}))

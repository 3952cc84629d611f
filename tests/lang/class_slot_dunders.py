# special methods of built-in values called explicitly, and duck typing with hasattr
print((5).__add__(3), (5).__sub__(2.0), (5).__mul__('a'), (7).__floordiv__(2), (7).__mod__(3), (2).__pow__(5))
print((1.5).__add__(1), (3.0).__truediv__(2), (2.5).__neg__(), (-2).__abs__(), (5).__invert__(), (0).__bool__())
print((5).__lt__(6), (5).__ne__(5), (1.0).__ge__(1), (3).__hash__() == hash(3))
print((1j).__mul__(1j), (2).__radd__(3), (2).__rsub__(10), (2.0).__rtruediv__(1), (1).__add__(1j))
print('ab'.__add__('c'), 'ab'.__mul__(3), 'abc'.__len__(), 'abc'.__contains__('b'), 'abc'.__getitem__(1), 'a'.__lt__('b'), '%s!'.__mod__('x'))
print(b'ab'.__add__(b'c'), b'xy'.__getitem__(0), (1, 2).__len__(), (1, 2).__contains__(3), {1: 2}.__len__(), {1, 2}.__contains__(2))
print(len(list(iter([1, 2]).__iter__())), iter([7]).__next__(), [3, 4].__iter__().__next__(), 'x'.__iter__().__next__())
checks = ['__len__', '__iter__', '__getitem__', '__contains__', '__add__', '__mul__', '__neg__', '__next__']
for v in (1, 1.5, 1j, 'str', b'b', [1], (1,), {1: 1}, {1}, range(3), iter([])):
    print(type(v).__name__, [n for n in checks if hasattr(v, n)])
print(NotImplemented is (5).__add__('x'), (5).__add__(None))

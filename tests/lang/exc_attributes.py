# exception attributes and builtin constructors
e = OSError(2, 'No such file')
print(e.args, e.errno, e.strerror)
print(OSError('plain').args)
k = KeyError('missing')
print(k.args, str(KeyError('m')), repr(KeyError('m')))
s = StopIteration(5)
print(s.value, s.args)
print(StopIteration().value)
x = SystemExit(3)
print(x.args)
u = UnicodeError('u')
print(u.args, isinstance(u, ValueError))
print(str(Exception(1, 2)), str(Exception('one')), str(Exception()))
print(repr(ValueError('a', 1)), repr(ValueError()))
ex = Exception('x')
ex.custom = 'attached'
print(ex.custom)
print(type(ValueError).__name__, ValueError.__name__, ValueError.__mro__[1].__name__)
try:
    raise ValueError
except ValueError as v:
    print('class raised', v.args)
b = BaseException('b')
print(isinstance(b, Exception), b.args)
print(AssertionError('m').args, AttributeError('a').args, NameError('n').args)
print(NotImplementedError.__mro__[1].__name__, MemoryError.__mro__[1].__name__)

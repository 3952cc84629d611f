# type, isinstance, issubclass, callable, hasattr, getattr
print(type(1), type('a'), type([]), type(None), type(type))
print(type(1) is int, type(True) is bool, type(1.0) == float)
print(isinstance(1, (str, int)), isinstance('s', (list, tuple)), isinstance(True, int))
print(isinstance([], object), isinstance(None, object), isinstance(int, type))
print(issubclass(bool, int), issubclass(int, object), issubclass(list, (dict, list)))
class A: pass
class B(A): pass
print(issubclass(B, A), issubclass(A, B), isinstance(B(), A), type(B()) is A)
print(callable(len), callable(A), callable(A()), callable(lambda: 0), callable('s'))
class CallMe:
    def __call__(self): return 'called'
print(callable(CallMe()), CallMe()())
print(hasattr([], 'append'), hasattr(5, 'nope'), getattr('abc', 'upper')())
print(getattr(A, 'missing', 'default'))
try:
    getattr(A, 'missing')
except AttributeError:
    print('AttributeError')
try:
    isinstance(1, 5)
except TypeError:
    print('TypeError isinstance')
T = type('T', (A,), {'x': 5, 'get': lambda self: self.x * 2})
t = T()
print(T.__name__, t.x, t.get(), isinstance(t, A))
print(type(t).__name__, type(T).__name__)
print(int.__name__, str.__name__, object.__name__)

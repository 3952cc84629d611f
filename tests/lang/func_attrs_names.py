def f(): pass
class A:
    def m(self): pass
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
a = A()
print(f.__name__, f.__qualname__, f.__module__)
print(A.m.__name__, A.m.__qualname__)
print(a.m.__name__, a.m.__self__ is a, a.m.__func__ is A.m)
print(A.c.__self__ is A, A.c.__name__)
print(A.__name__, A.__qualname__, A.__module__)
class O:
    class I:
        def g(self): pass
print(O.I.__qualname__, O.I.g.__qualname__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__)
print(len.__name__, print.__name__, [].append.__name__, "".join.__name__)
import math
print(math.sqrt.__name__)
print(dict.fromkeys.__name__)

print(f.__doc__, f.__defaults__, f.__globals__ is globals())
def g(a, b=1, *, c=2): pass
print(g.__defaults__, g.__kwdefaults__)
# builtin methods bound to instances and types
d = {}
print(d.get.__name__, d.get.__self__ is d, (1).bit_length.__name__)
print(b''.hex.__name__, bytearray().append.__name__, set().add.__name__)
print(str.upper.__name__, list.sort.__name__, int.from_bytes.__name__)
import sys
print(sys.exit.__name__, abs.__name__, sorted.__name__, isinstance.__name__)
def deco(fn):
    def wrapper(*a, **k):
        return fn(*a, **k)
    wrapper.__name__ = fn.__name__
    return wrapper
print([f.__name__ for f in (min, max, sum, any, all, iter, next, repr)])

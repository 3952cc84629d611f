# class statements with *bases and **keywords
class A:
    def __init_subclass__(cls, **kw):
        cls.options = dict(sorted(kw.items()))
class B: pass
def bases():
    return (A, B)
class C(*bases(), debug=True):
    pass
print([b.__name__ for b in C.__bases__], C.options)
opts = {'level': 2, 'name': 'x'}
class D(A, **opts):
    pass
print(D.options)
class E(*[A], **{'a': 1}, b=2):
    pass
print(E.options)
empty = ()
class F(*empty):
    pass
print(F.__bases__ == (object,), F.__mro__ == (F, object))
class G(*(), **{}):
    x = 1
print(G.x, G.__bases__)
try:
    class H(A, **{'metaclass': 5}):
        pass
except TypeError:
    print('TypeError bad metaclass')
def make(**kw):
    class Inner(A, **kw):
        pass
    return Inner
print(make(k=1).options, make().options, make().__qualname__)

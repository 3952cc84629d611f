# __class__, __dict__, __name__, __qualname__, __module__, __bases__, __mro__, __doc__
class Outer:
    """doc"""
    class Inner:
        def method(self):
            pass
    def f(self):
        def g():
            pass
        return g
o = Outer()
print(o.__class__ is Outer, Outer.__name__, Outer.Inner.__qualname__, Outer.Inner.method.__qualname__, o.f().__qualname__)
print(Outer.__module__, Outer.Inner.__module__, Outer.f.__module__, Outer.__bases__, Outer.__mro__[-1] is object)
o.x = 1
o.__dict__['y'] = 2
print(sorted(o.__dict__), o.y, 'f' in Outer.__dict__, 'x' in Outer.__dict__, type(o.__dict__).__name__)
o.__dict__.clear()
print(hasattr(o, 'x'), vars(o))
class Sub(Outer.Inner, Outer):
    pass
print([c.__name__ for c in Sub.__mro__], Sub.__bases__ == (Outer.Inner, Outer), Sub().__class__.__name__)
print(type(o).__name__, o.__class__.__class__ is type, int.__name__, int.__qualname__, (5).__class__.__name__)
print(len.__class__.__name__ in ('function', 'builtin_function_or_method'), object.__name__, type.__qualname__)

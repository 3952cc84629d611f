# __init_subclass__ patterns: registries, required attributes, keyword configuration
class Handler:
    handlers = {}
    def __init_subclass__(cls, route=None, **kw):
        super().__init_subclass__(**kw)
        if route is not None:
            Handler.handlers[route] = cls
class Index(Handler, route='/'):
    pass
class About(Handler, route='/about'):
    pass
class Helper(Handler):
    pass
print(sorted(Handler.handlers), Handler.handlers['/'].__name__)

class Shape:
    def __init_subclass__(cls):
        if not hasattr(cls, 'sides'):
            raise TypeError(cls.__name__ + ' needs sides')
class Square(Shape):
    sides = 4
try:
    class Blob(Shape):
        pass
except TypeError as e:
    print('TypeError', e)

class Counted:
    count = 0
    def __init_subclass__(cls, start=0):
        cls.count = start
class C1(Counted):
    pass
class C2(Counted, start=10):
    pass
print(C1.count, C2.count, Counted.count)

class Chain:
    def __init_subclass__(cls, **kw):
        print('Chain sees', cls.__name__, sorted(kw))
class Mid(Chain):
    def __init_subclass__(cls, level=0, **kw):
        print('Mid sees', cls.__name__, level)
        super().__init_subclass__(**kw)
class Leaf(Mid, level=2, extra=1):
    pass

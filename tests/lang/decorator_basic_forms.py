# decorator forms: plain, with arguments, stacked, class decorators
def trace(f):
    def w(*a):
        r = f(*a)
        print('%s%r -> %r' % (f.__name__, a, r))
        return r
    return w
@trace
def add(a, b):
    return a + b
add(2, 3)
print(add.__name__ == 'w')
def repeat(n):
    def deco(f):
        def w(*a):
            return [f(*a) for _ in range(n)]
        return w
    return deco
@repeat(3)
def hello(name):
    return 'hi ' + name
print(hello('bo'))
def tag(t):
    def deco(f):
        return lambda *a: '<%s>%s</%s>' % (t, f(*a), t)
    return deco
@tag('b')
@tag('i')
def text(s):
    return s
print(text('x'))
registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls
@register
class A: pass
@register
class B: pass
print(registry, A.registered)
def add_method(cls):
    cls.extra = lambda self: 'extra on ' + type(self).__name__
    return cls
@add_method
class C: pass
print(C().extra())
def identity(x): return x
@identity
def plain(): return 'plain'
print(plain())
decos = [trace]
@decos[0]
def mul(a, b): return a * b
mul(3, 4)

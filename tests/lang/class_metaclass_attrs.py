# attribute lookup through metaclasses: class first, then the metaclass;
# properties and __getattr__ on the metaclass; setting attributes on classes
class Meta(type):
    tag = 'meta-tag'
    @property
    def shout(cls):
        return cls.__name__.upper() + '!'
    def __getattr__(cls, name):
        if name.startswith('auto_'):
            return name[5:]
        raise AttributeError(name)
    def describe(cls):
        return 'class %s with %d attrs' % (cls.__name__, len([k for k in cls.__dict__ if not k.startswith('__')]))

class A(metaclass=Meta):
    tag = 'class-tag'
    x = 1
class B(A):
    y = 2

print(A.tag, B.tag, A.shout, B.shout, A.auto_hello, B.describe())
print(hasattr(A, 'auto_x'), hasattr(A, 'missing'), getattr(B, 'missing', 'dflt'))
A.z = 3
print(B.z, A().z, 'z' in A.__dict__, 'z' in B.__dict__)
del A.z
print(hasattr(B, 'z'))
print(A().x, hasattr(A(), 'shout'), hasattr(A(), 'describe'))
try:
    A().auto_thing
except AttributeError:
    print('instances do not see the metaclass __getattr__')
print(repr(A).startswith("<class '"), str(B) == repr(B), A.__name__, B.__qualname__)

# property in all its forms
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        if v < -273.15:
            raise ValueError('too cold')
        self._c = v
    @c.deleter
    def c(self):
        print('deleting')
        del self._c
    @property
    def f(self):
        return self._c * 9 / 5 + 32
t = Temp(100)
print(t.c, t.f)
t.c = 0
print(t.c, t.f)
try:
    t.c = -300
except ValueError as e:
    print('ValueError', e.args)
try:
    t.f = 5
except AttributeError:
    print('AttributeError read-only')
del t.c
print(hasattr(t, '_c'))
class Old:
    def _get(self):
        return self._x * 2
    def _set(self, v):
        self._x = v
    x = property(_get, _set)
o = Old()
o.x = 21
print(o.x)
print(type(Temp.c).__name__, isinstance(Temp.__dict__['f'], property))
class Sub(Temp):
    @property
    def c(self):
        return 'sub:' + str(self._c)
print(Sub(5).c)
class Lazy:
    calls = 0
    @property
    def val(self):
        Lazy.calls += 1
        return 42
lz = Lazy()
print(lz.val, lz.val, Lazy.calls)

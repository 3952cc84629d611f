# special methods are looked up on the type, not the instance
class A:
    def __len__(self):
        return 1
    def __str__(self):
        return 'A.str'
a = A()
a.__len__ = lambda: 99
a.__str__ = lambda: 'inst'
print(len(a), str(a), a.__len__())
class B:
    pass
b = B()
b.__iter__ = lambda: iter([1])
try:
    iter(b)
except TypeError:
    print('TypeError instance __iter__ ignored')
def add(self, o):
    return 'patched add'
A.__add__ = add
print(a + 1)
A.__len__ = lambda self: 42
print(len(a))
class C:
    def __getattr__(self, name):
        if name == '__len__':
            return lambda: 5
        raise AttributeError(name)
try:
    len(C())
except TypeError:
    print('TypeError __getattr__ not consulted')
print(C().__len__())

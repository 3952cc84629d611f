# definitions inside functions, classes inside functions, conditional defs
def factory(kind):
    if kind == 'a':
        def impl():
            return 'impl a'
    else:
        def impl():
            return 'impl other'
    return impl
print(factory('a')(), factory('b')())
def class_factory(base_val):
    class Made:
        val = base_val
        def get(self):
            return self.val * 2
    return Made
M1, M2 = class_factory(1), class_factory('x')
print(M1().get(), M2().get(), M1 is M2)
class Outer:
    class Inner:
        def hi(self):
            return 'inner hi'
    def make(self):
        return self.Inner()
print(Outer().make().hi(), Outer.Inner.__name__)
def deco(f):
    return lambda *a: '[' + f(*a) + ']'
def outer():
    @deco
    def inner(s):
        return s.upper()
    return inner('x')
print(outer())
if True:
    def cond_def():
        return 'defined in if'
print(cond_def())
for i in range(2):
    def loop_def(i=i):
        return i
print(loop_def())
try:
    def in_try():
        return 'in try'
finally:
    pass
print(in_try())

# scoping rules inside class bodies
x = 'global'
class A:
    x = 'class'
    y = x + '!'
    def m(self):
        return x
    lst = [x for _ in range(1)]
print(A.y, A().m(), A.lst)
def f():
    z = 'enclosing'
    class B:
        w = z
        def g(self):
            return z
    return B.w, B().g()
print(f())
def h():
    v = 'fn'
    class C:
        v = 'cls'
        def get(self):
            return v
    return C.v, C().get()
print(h())
class D:
    a = 1
    b = a + 1
    c = [a, b]
    del a
print(hasattr(D, 'a'), D.b, D.c)
class E:
    items = ['p', 'q']
    upper = tuple(s.upper() for s in items)
print(E.upper)
class F:
    def __init__(self):
        self.n = F.counter
        F.counter += 1
    counter = 0
F(); F()
print(F.counter, F().n)

# NotImplemented fallback to reflected operand and TypeError
class A:
    def __add__(self, o):
        print('A.add')
        return NotImplemented
    def __eq__(self, o):
        print('A.eq')
        return NotImplemented
class B:
    def __radd__(self, o):
        print('B.radd')
        return 'B-result'
    def __eq__(self, o):
        print('B.eq')
        return True
print(A() + B())
print(A() == B())
try:
    A() + A()
except TypeError:
    print('TypeError add')
class C:
    def __lt__(self, o):
        return NotImplemented
    def __gt__(self, o):
        print('C.gt')
        return False
print(C() < C())
class Sub(int):
    def __radd__(self, o):
        return 'Sub.radd'
    def __add__(self, o):
        return 'Sub.add'
print(1 + Sub(2), Sub(2) + 1)
class D:
    def __mul__(self, o):
        if isinstance(o, int):
            return 'D*%d' % o
        return NotImplemented
    __rmul__ = __mul__
print(D() * 3, 3 * D())
try:
    D() * 'x'
except TypeError:
    print('TypeError mul')
class E:
    pass
print(E() == E(), E() != E())
try:
    E() < E()
except TypeError:
    print('TypeError lt')

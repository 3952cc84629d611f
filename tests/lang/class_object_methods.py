# object.__repr__/__str__/__hash__/__eq__/__ne__, reached directly and through super()
class A:
    def __repr__(self):
        return "A<" + super().__repr__()[:10] + ">"
class B:
    __hash__ = object.__hash__
    def __eq__(self, o):
        return isinstance(o, B)
a = A()
print(repr(a), str(a))
b1, b2 = B(), B()
print(b1 == b2, len({b1, b2}), hash(b1) == object.__hash__(b1))
print(object.__eq__(a, a), object.__eq__(a, 1), object.__ne__(a, a))
print((5).__eq__(5), "x".__eq__("x"), object.__eq__(3, 3))
class C:
    def __str__(self):
        return "C!" + object.__str__(self)[:0]
print(C(), str(C()))

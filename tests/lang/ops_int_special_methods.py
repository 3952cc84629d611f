# numeric dunders on user classes, with reflected and in-place forms
class N:
    def __init__(self, v): self.v = v
    def __repr__(self): return 'N(%r)' % (self.v,)
    def __add__(self, o): return N(self.v + (o.v if isinstance(o, N) else o))
    def __radd__(self, o): return N(o + self.v)
    def __sub__(self, o): return N(self.v - (o.v if isinstance(o, N) else o))
    def __rsub__(self, o): return N(o - self.v)
    def __mul__(self, o): return N(self.v * (o.v if isinstance(o, N) else o))
    def __rmul__(self, o): return N(o * self.v)
    def __truediv__(self, o): return N(self.v / o)
    def __rtruediv__(self, o): return N(o / self.v)
    def __floordiv__(self, o): return N(self.v // o)
    def __rfloordiv__(self, o): return N(o // self.v)
    def __mod__(self, o): return N(self.v % o)
    def __rmod__(self, o): return N(o % self.v)
    def __pow__(self, o): return N(self.v ** o)
    def __rpow__(self, o): return N(o ** self.v)
    def __neg__(self): return N(-self.v)
    def __pos__(self): return N(+self.v)
    def __abs__(self): return N(abs(self.v))
    def __invert__(self): return N(~self.v)
    def __lshift__(self, o): return N(self.v << o)
    def __rlshift__(self, o): return N(o << self.v)
    def __rshift__(self, o): return N(self.v >> o)
    def __rrshift__(self, o): return N(o >> self.v)
    def __and__(self, o): return N(self.v & o)
    def __rand__(self, o): return N(o & self.v)
    def __or__(self, o): return N(self.v | o)
    def __ror__(self, o): return N(o | self.v)
    def __xor__(self, o): return N(self.v ^ o)
    def __rxor__(self, o): return N(o ^ self.v)
a = N(6)
print(a + 1, 1 + a, a + N(2))
print(a - 1, 10 - a, a * 3, 3 * a)
print(a / 4, 3 / a, a // 4, 20 // a)
print(a % 4, 20 % a, a ** 2, 2 ** a)
print(-a, +a, abs(N(-3)), ~a)
print(a << 2, 1 << a, a >> 1, 256 >> a)
print(a & 3, 3 & a, a | 9, 9 | a, a ^ 5, 5 ^ a)
class I(N):
    def __iadd__(self, o):
        self.v += o
        return self
    def __imul__(self, o):
        self.v *= o
        return self
b = I(2)
c = b
b += 5
b *= 3
print(b, b is c)
d = N(2)
e = d
d += 5
print(d, d is e, e)

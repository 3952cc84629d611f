# super() in all forms
class A:
    def __init__(self, v):
        self.v = v
        print('A.init', v)
    def m(self):
        return 'A.m'
    @classmethod
    def cm(cls):
        return 'A.cm(%s)' % cls.__name__
    @staticmethod
    def sm():
        return 'A.sm'
class B(A):
    def __init__(self, v):
        super().__init__(v * 2)
        print('B.init')
    def m(self):
        return 'B.m>' + super().m()
    @classmethod
    def cm(cls):
        return 'B.cm>' + super().cm()
    def explicit(self):
        return super(B, self).m()
    def static_via_super(self):
        return super().sm()
class C(B):
    def m(self):
        return 'C.m>' + super(B, self).m()
    def lam(self):
        f = lambda: super(C, self).m()
        return f()
b = B(5)
print(b.v, b.m(), B.cm(), b.explicit(), b.static_via_super())
c = C(1)
print(c.m(), C.cm(), c.lam())
class P:
    def __repr__(self):
        return 'P-repr'
class Q(P):
    def __repr__(self):
        return 'Q(' + super().__repr__() + ')'
print(repr(Q()))
class S(list):
    def append(self, x):
        super().append(x * 10)
s = S()
s.append(1); s.append(2)
print(s, len(s))
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
d = D()
d['a'] = 1
print(d)

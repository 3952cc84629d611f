# operations on subclasses of builtin types keep working like the base type
class S(str):
    pass
print(type(S('a') + 'b').__name__, type(S('ab').upper()).__name__, S('x') == 'x', hash(S('x')) == hash('x'))
print({S('k'): 1}['k'], len(S('abc')), S('abc')[1], list(S('ab')))
class L(list):
    pass
l = L([3, 1, 2])
l.sort()
print(l, type(l).__name__, type(l * 2).__name__)
l += [4]
print(type(l).__name__, l, sum(l), len(l), l[-1], 4 in l)
class D(dict):
    def __missing__(self, k):
        return 0
d = D()
d['x'] += 1
print(d, d['nope'], len(d))
class T(tuple):
    pass
print(T((1, 2)) + (3,), type(T((1,))[0:1]).__name__, T((1,)) == (1,))
class I(int):
    pass
x = I(5)
print(type(x + 1).__name__, x // 2, -x, abs(I(-3)), x == 5, hash(x) == 5)
x += 1
print(type(x).__name__)
class F(float):
    pass
print(F(1.5) * 2, type(F(1.5) * 2).__name__, str(F(2.5)), repr(F(0.1)))
class B(bytes):
    pass
print(B(b'ab') + b'c', B(b'ab')[0], B(b'x') == b'x')
class St(set):
    pass
print(sorted(St([1, 2]) | {3}))
class FS(frozenset):
    pass
print(sorted(FS([1])), hash(FS([1])) == hash(frozenset([1])))
class L2(list):
    def __init__(self, *a):
        super().__init__(a)
print(L2(1, 2, 3))

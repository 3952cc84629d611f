def f(a, b, /, c, *, d=4, **kw): return (a, b, c, d, kw)
print(f(1, 2, 3), f(1, 2, c=3, d=5, e=6))
try: f(a=1, b=2, c=3)
except TypeError: print('TypeError')
def g(a, /, **kw): return a, kw
print(g(1, a=2))
first, *rest = [1, 2, 3]; *init, last = 'abc'; a, *b, c = range(5)
print(first, rest, init, last, a, b, c)
print([*range(3), *'ab'], (*[1], 2), {*[1, 2], 3}, {**{'a': 1}, 'b': 2, **{'a': 3}})
print(*[1, 2], sep='-')
[x, [y, *z]] = [1, [2, 3, 4]]; print(x, y, z)
for i, *j in [(1, 2, 3), (4, 5)]: print(i, j)
print([y := 5, y ** 2], [(t := i) for i in range(3)], t)
print(any((w := v) > 2 for v in [1, 3, 5]), w)
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    inc(); inc()
    return n
print(outer())
def o2():
    x = 1
    def mid():
        def inner():
            nonlocal x
            x = 'changed'
        inner()
    mid()
    return x
print(o2())
d = {'a': 1, 'b': 2}; l = [1, 2, 3, 4]
class O: pass
o = O(); o.attr = 1
del d['a'], l[0], o.attr
del l[1:]
print(d, l, hasattr(o, 'attr'))
xx = 1; del xx
try: xx
except NameError: print('NameError')
(p, q) = (1, 2); del (p, q)
[r1, r2] = [1, 2]; del [r1, r2]
print((1).to_bytes(2, 'big'), (-1).to_bytes(2, 'little', signed=True), int.from_bytes(b'\xff\xfe', 'big', signed=True), int.from_bytes(b'\x01\x00', 'little'))
print((255).to_bytes(1, 'big'), (2**70).to_bytes(10, 'big'), int.from_bytes(bytearray(b'\x80'), 'big', signed=True))
try: (256).to_bytes(1, 'big')
except OverflowError as e: print('OverflowError')
try: (-1).to_bytes(1, 'big')
except OverflowError: print('OverflowError')
print((1024).to_bytes(2), int.from_bytes(b'\x04\x00'), (5).to_bytes(length=2, byteorder='little'))
print((-129).to_bytes(2, 'big', signed=True), (127).bit_length(), (-128).bit_length(), (0).bit_count() if hasattr(int, 'bit_count') else 0)

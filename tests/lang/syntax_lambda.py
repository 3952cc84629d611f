# lambda forms
f = lambda: 1
print(f())
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
va = lambda *a, **k: (a, sorted(k))
print(va(1, 2, x=3))
ko = lambda a, *, b: a * b
print(ko(3, b=4))
po = lambda a, /, b: a - b
print(po(10, 3), po(10, b=3))
print((lambda x: (lambda y: x + y))(3)(4))
print(list(map(lambda s: s.upper(), ['a', 'b'])))
print(sorted([3, -1, 2], key=lambda n: abs(n)))
fs = [lambda n=i: n * 10 for i in range(3)]
print([g() for g in fs])
fs2 = [lambda: i for i in range(3)]
print([g() for g in fs2])
print((lambda: (yield))  is not None)
cond = lambda x: 'pos' if x > 0 else 'nonpos'
print(cond(1), cond(-1))
nest = lambda x: [y * 2 for y in range(x)]
print(nest(4))
print(f.__name__)
unp = lambda t: t[0] + t[1]
print(unp((2, 5)))
rec = lambda n: 1 if n <= 1 else n * rec(n - 1)
print(rec(10))

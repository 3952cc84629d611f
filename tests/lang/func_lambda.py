# lambda expressions
sq = lambda x: x * x
print(sq(7), (lambda: 42)(), (lambda a, b=2: a * b)(5))
add = lambda *a: sum(a)
print(add(1, 2, 3))
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
pairs = [(1, "b"), (2, "a"), (0, "c")]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda x: x * 2, [1, 2, 3])), list(filter(lambda x: x % 2, range(7))))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(sq, inc)(3), compose(inc, sq)(3))
print((lambda **kw: sorted(kw))(b=1, a=2))

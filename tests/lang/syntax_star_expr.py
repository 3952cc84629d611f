# star expressions in displays, calls and returns
a = [1, 2]
b = (3, 4)
print([*a, *b, 5])
print((*a, *b))
print({*a, *b} == {1, 2, 3, 4})
print(sorted({*'abc', *'bcd'}))
d1 = {'x': 1}
d2 = {'y': 2, 'x': 3}
print({**d1, **d2})
print({**d2, **d1, 'z': 0})
def f(*args, **kw):
    return args, sorted(kw.items())
print(f(*a, *b, 0))
print(f(**d1, **{'q': 9}))
print(f(*range(3), k=1, **{'m': 2}))
def g():
    return *a, *b
print(g())
t = *a, 9
print(t)
for x in *a, *b:
    print('x', x)
print([*range(3), *'ab', *[None]])
print(max(*a, *b), min(*b, *a))
print(*a, *b, sep='-')
s = 'hi'
print([*s], (*s,), {*s} == set(s))
print(len([*[], *()]))
nested = [[1, 2], [3]]
print([*nested[0], *nested[1]])
print(dict(**{'a': 1}, b=2))

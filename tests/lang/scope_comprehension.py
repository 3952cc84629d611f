# comprehension variable scoping
x = 'outer'
l = [x for x in range(3)]
print(l, x)
g = (y for y in 'ab')
print(list(g))
print('y' in globals())
def f():
    n = 10
    return [n + i for i in range(3)]
print(f())
def nested():
    return [[i * j for j in range(3)] for i in range(3)]
print(nested())
def closure_in_comp():
    fs = [lambda: i for i in range(3)]
    return [fn() for fn in fs]
print(closure_in_comp())
class C:
    v = 5
    vals = [v * 2 for _ in range(2)] if False else None
    vs = [i for i in range(v)]
print(C.vs)
def inner_ref():
    k = 3
    return {i: [k * i for _ in range(2)] for i in range(2)}
print(inner_ref())
i = 'keep'
s = {i for i in range(3)}
print(sorted(s), i)
d = {i: i for i in 'ab'}
print(d, i)
print([i for i in range(2) for i in range(i, 3)])

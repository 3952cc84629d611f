# comprehension scoping: own scope, but can read enclosing names
n = 10
print([n + i for i in range(3)])
def f(k):
    return [k * i for i in range(4)]
print(f(3))
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
x = "outer x"
r = [x for x in range(3)]
print(x, r)
def g():
    total = 5
    return [total + j for j in range(3)], {j: total for j in range(2)}
print(g())
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])

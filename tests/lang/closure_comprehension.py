# closures and comprehension scopes
def scale_all(xs, k):
    return [x * k for x in xs]
print(scale_all([1, 2, 3], 4))
def gen_funcs(n):
    return [(lambda x, j=j: x + j) for j in range(n)]
print([f(100) for f in gen_funcs(3)])
def nested():
    base = 10
    return {k: [base + k * i for i in range(3)] for k in range(2)}
print(nested())
x = "module"
res = [x for _ in range(2)]
print(res)
y = [i for i in range(3)]
try:
    print(i)
except NameError:
    print("comprehension variable does not leak")

# functions as values: passing, returning, storing
def apply(f, x):
    return f(x)
def twice(f):
    def g(x):
        return f(f(x))
    return g
def double(x):
    return x * 2
print(apply(double, 5), twice(double)(5), twice(twice(double))(1))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for op in "+-*":
    print(op, ops[op](6, 3))
def reduce(f, seq, init):
    acc = init
    for x in seq:
        acc = f(acc, x)
    return acc
print(reduce(lambda a, b: a * b, range(1, 8), 1))
funcs = [double, str, abs, len]
print([f(-3) if f is not len else f("abc") for f in funcs])
print(callable(double), callable(5), callable(lambda: 0), callable(str))

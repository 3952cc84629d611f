# simple function decorators
calls = []
def logged(f):
    def wrapper(*args, **kwargs):
        calls.append(f.__name__)
        return f(*args, **kwargs)
    return wrapper
@logged
def add(a, b):
    return a + b
@logged
def neg(x):
    return -x
print(add(1, 2), neg(5), add(a=3, b=4))
print(calls)
def repeat(n):
    def deco(f):
        def w(*a):
            return [f(*a) for _ in range(n)]
        return w
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("x"))
def memo(f):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return w
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))

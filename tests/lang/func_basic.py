# defining and calling functions
def add(a, b):
    return a + b
def noreturn():
    x = 1
def early(x):
    if x:
        return "early"
    return "late"
print(add(1, 2), add("a", "b"), add([1], [2]))
print(noreturn(), early(1), early(0))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(20))
f = add
print(f(10, 20), f is add)
def outer():
    def inner(x):
        return x * 2
    return inner(21)
print(outer())
print(add.__name__, type(add).__name__)
def multi():
    return 1, "two", [3]
print(multi())

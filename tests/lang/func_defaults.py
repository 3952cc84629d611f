# default arguments
def greet(name, greeting="hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("ann"), greet("bob", "hi"), greet("cy", "yo", "?"))
print(greet("dee", punct="."), greet(punct="...", name="eve"))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2))
def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe_append(1), safe_append(2))
N = 10
def use_default(a=N):
    return a
N = 20
print(use_default())
def expr_default(a=2 * 3, b=len("four")):
    return a, b
print(expr_default())

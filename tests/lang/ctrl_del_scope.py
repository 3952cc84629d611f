# name binding: del, rebinding, loop variables leaking
x = 1
x = "now a string"
print(x)
del x
try:
    x
except NameError:
    print("NameError")
for q in range(3):
    pass
print(q)
def f():
    try:
        return undefined_name
    except NameError:
        return "NameError inside"
print(f())
def g():
    y = 1
    del y
    try:
        return y
    except NameError:
        return "local NameError"
print(g())

# local vs global name resolution
x = "global"
def read():
    return x
def shadow():
    x = "local"
    return x
def unbound():
    try:
        print(x)
        x = 1
    except NameError:
        print("NameError (UnboundLocalError is a subclass)")
print(read(), shadow(), x)
unbound()
def uses_builtin():
    return len("abc")
def shadows_builtin():
    len = lambda s: -1
    return len("abc")
print(uses_builtin(), shadows_builtin(), len("ab"))

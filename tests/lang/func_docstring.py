# functions with docstrings, nested defs, conditional defs
def documented():
    """This is a docstring."""
    return "result"
print(documented())
if True:
    def cond():
        return "first"
else:
    def cond():
        return "second"
print(cond())
def redefine():
    return 1
def redefine():
    return 2
print(redefine())
def make(n):
    if n > 0:
        def h():
            return "positive"
    else:
        def h():
            return "non-positive"
    return h
print(make(1)(), make(0)())

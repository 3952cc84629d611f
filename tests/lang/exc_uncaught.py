# kiln-exit: 1
# an uncaught exception prints a MicroPython-style traceback on stderr, exit 1
def inner(x):
    raise ValueError("boom %d" % x)
def outer():
    inner(42)
print("before")
outer()
print("never")

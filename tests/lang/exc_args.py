# exception args, str, and .value on StopIteration
e = Exception()
print(e.args, str(e) == "")
e = Exception("msg")
print(e.args, str(e))
e = Exception("a", 2, None)
print(e.args, str(e))
e = ValueError(42)
print(e.args, str(e))
e = KeyError("key")
print(e.args)
def gen():
    yield 1
    return "retval"
g = gen()
next(g)
try:
    next(g)
except StopIteration as si:
    print("StopIteration args", si.args)
try:
    raise StopIteration(5)
except StopIteration as si:
    print(si.args)
class E(Exception):
    pass
x = E(1, 2)
print(x.args, isinstance(x, BaseException))

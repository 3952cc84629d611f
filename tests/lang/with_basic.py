# with statement and context managers
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type is None)
        return False
with CM("a") as v:
    print("body", v)
with CM("b"):
    print("no as")
try:
    with CM("c") as v:
        raise ValueError("inside")
except ValueError as e:
    print("propagated", e.args)
def f():
    with CM("d"):
        return "returned"
print(f())
for i in range(2):
    with CM("loop%d" % i):
        if i == 0:
            continue
        print("second iter")

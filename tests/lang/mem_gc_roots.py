# objects reachable only through less obvious roots survive gc.collect()
import gc
import sys

def churn():
    junk = []
    for i in range(200):
        junk.append([i, str(i), (i,)])
    junk = None
    gc.collect()

class Box:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v

bound = Box("bound-method-self").get          # only a bound method holds the instance
def make_closure():
    cell = ["closure-cell"]
    return lambda: cell[0]
clo = make_closure()                          # only a closure cell holds the list
def gen():
    local = {"k": "generator-local"}
    yield 1
    yield local["k"]
g = gen()
next(g)                                       # a suspended generator frame holds a dict
try:
    raise ValueError(["exception-arg"])
except ValueError as e:
    saved = e                                 # an exception object holds its args
it = iter([Box("iterator-item"), Box("x")])   # a list iterator holds the list
d = {"a": [1, 2, 3]}
keys = d.keys()                               # a dict view holds the dict
def factory():
    class Local:
        tag = "class-made-in-function"
    return Local
Cls = factory()
import mod_helper1
del mod_helper1                               # only sys.modules holds the module
sorted_key = sorted([Box(3), Box(1), Box(2)], key=lambda b: b.v)
s = "".join(str(i) for i in range(50))        # a string built from a generator
big = 3 ** 200

for _ in range(3):
    churn()
print(bound(), clo(), next(g), saved.args[0][0], next(it).get())
print(list(keys), Cls.tag, sys.modules["mod_helper1"].add(2, 2))
print([b.v for b in sorted_key], s[:10], s[-10:], big % 1000)

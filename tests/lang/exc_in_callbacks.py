# exceptions from user code called by builtins and dunder methods
def bad_key(x):
    if x == 3:
        raise KeyError("key fn", x)
    return x
try:
    sorted([5, 3, 1], key=bad_key)
except KeyError as e:
    print("from sort key", e.args)
class BadEq:
    def __eq__(self, other):
        raise TypeError("no eq")
try:
    BadEq() in [1, 2]
except TypeError as e:
    print("from __eq__", e.args)
class BadInit:
    def __init__(self, v):
        if v < 0:
            raise ValueError("negative", v)
        self.v = v
try:
    BadInit(-1)
except ValueError as e:
    print("from __init__", e.args)
print(BadInit(2).v)
class BadIter:
    def __iter__(self):
        return self
    def __next__(self):
        raise IndexError("iter broke")
try:
    list(BadIter())
except IndexError as e:
    print("from __next__", e.args)
try:
    list(map(lambda x: 1 // x, [1, 0]))
except ZeroDivisionError:
    print("from map")
class BadLen:
    def __len__(self):
        raise AttributeError("len")
try:
    len(BadLen())
except AttributeError as e:
    print("from __len__", e.args)
class BadStr:
    def __str__(self):
        raise RuntimeError("str")
try:
    print(BadStr())
except RuntimeError as e:
    print("from __str__", e.args)

# the collections module: names, u-alias-free imports, subclassing
import collections
from collections import namedtuple, deque, OrderedDict, defaultdict

print(collections.namedtuple is namedtuple, collections.deque is deque)
print(OrderedDict.__name__, defaultdict.__name__, deque.__name__)
print(issubclass(OrderedDict, dict), issubclass(defaultdict, dict))

class Counter(defaultdict):
    def __init__(self, items=()):
        super().__init__(int)
        for x in items:
            self[x] += 1
    def most(self):
        return max(self.items(), key=lambda kv: kv[1])

c = Counter("mississippi")
print(c.most(), c["s"], c["z"], len(c))

class LRU(OrderedDict):
    def touch(self, k):
        self.move_to_end(k)

l = LRU(a=1, b=2)
l.touch("a")
print(list(l), type(l).__name__)

class Stack(deque):
    def peek(self):
        return self[-1]

s = Stack([1, 2, 3])
s.append(4)
print(s.peek(), len(s), list(s), s.pop())

class Ring(deque):
    def __init__(self, items, size):
        super().__init__(items, size)
        self.size = size

r = Ring(range(10), 4)
r.append(10)
print(list(r), r.maxlen, r.size, len(r))

for cls in (OrderedDict, defaultdict, deque):
    try:
        cls.extra = 1
    except TypeError:
        print("TypeError", cls.__name__)
class MyOD(OrderedDict):
    pass
MyOD.extra = 2
print(MyOD.extra, MyOD(z=0), OrderedDict.__module__, defaultdict.__module__)
from collections import *
print(Counter("aa"), callable(namedtuple))

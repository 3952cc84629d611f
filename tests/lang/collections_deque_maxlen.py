# deque with maxlen (MicroPython's deque(iterable, maxlen) form and CPython's keyword)
from collections import deque

d = deque((), 3)
for i in range(6):
    d.append(i)
    print(d, len(d))
print(d.maxlen, deque().maxlen, deque([1], maxlen=2).maxlen)
d.appendleft(-1)
print(d)
d.extend([10, 11])
print(d)
d.extendleft([20, 21])
print(d)
z = deque([1, 2, 3], 0)
z.append(4)
print(z, len(z))
last = deque(range(100), 4)
print(last, list(last))
print(deque("abcdef", maxlen=2))
try:
    deque([], -1)
except ValueError:
    print("ValueError")
full = deque([1, 2], 2)
try:
    full.insert(0, 5)
except IndexError:
    print("IndexError insert")
h = deque(maxlen=3)
for line in ["a", "b", "c", "d", "e"]:
    h.append(line)
print(list(h))

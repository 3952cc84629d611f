# deque: rotate, reverse, insert, remove, clear, copy, reversed, comparisons, + and *
from collections import deque

d = deque(range(6))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate()
print(d)
d.rotate(13)
print(d)
d.reverse()
print(d)
d.insert(2, "x")
d.insert(-1, "y")
d.insert(100, "end")
d.insert(-100, "start")
print(d)
d.remove("x")
print(d)
try:
    d.remove("nope")
except ValueError:
    print("ValueError")
c = d.copy()
d.clear()
print(d, c, len(c))
print(list(reversed(c)))
a = deque([1, 2, 3])
print(a == deque([1, 2, 3]), a != deque([1, 2]), a == [1, 2, 3], a < deque([1, 2, 4]), a >= deque([1]))
print(a + deque([4]), a * 2, 2 * a, a)
a += [9, 8]
print(a)
a *= 2
print(a)
print(deque([1, 2], 3) + deque([3, 4]))
print(a.index(9), a.index(9, 4), a.count(9))
try:
    hash(a)
except TypeError:
    print("TypeError hash")
e = deque()
e.rotate(5)
print(e)
r = deque([1])
r.append(r)
print(r)

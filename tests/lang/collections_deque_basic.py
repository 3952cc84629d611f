# deque: append/pop on both ends, len, bool, iteration, indexing
from collections import deque

d = deque()
print(d, len(d), bool(d))
d.append(1)
d.append(2)
d.appendleft(0)
d.appendleft(-1)
print(d, len(d), bool(d), d[0], d[1], d[-1], d[-2])
print(d.pop(), d.popleft(), d)
d.extend([3, 4, 5])
d.extendleft("ab")
print(d, list(d))
for x in d:
    print(x, end=" ")
print()
d[0] = "B"
d[-1] = 50
print(d)
del d[1]
print(d)
print(3 in d, 99 in d, d.count(3), d.index(3))
try:
    deque().pop()
except IndexError:
    print("IndexError pop")
try:
    deque().popleft()
except IndexError:
    print("IndexError popleft")
try:
    d[10]
except IndexError:
    print("IndexError index")
q = deque(range(5))
while q:
    print(q.popleft(), end=",")
print()
print(deque("hello"), deque((1, 2)), deque(x * x for x in range(4)))
big = deque()
for i in range(1000):
    big.append(i)
    if i % 3 == 0:
        big.popleft()
print(len(big), big[0], big[-1], sum(big))

# heapq: push, pop, heapify, pushpop, replace; heap layout as CPython
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 0, 6]:
    heapq.heappush(h, x)
    print(h)
out = []
while h:
    out.append(heapq.heappop(h))
    print(h)
print(out)
l = list(range(20, 0, -1))
heapq.heapify(l)
print(l)
print(heapq.heappushpop(l, 0), l)
print(heapq.heappushpop(l, 5), l)
print(heapq.heapreplace(l, 0), l)
print(heapq.heapreplace(l, 50), l)
e = []
print(heapq.heappushpop(e, 3), e)
heapq.heapify(e)
print(e)
one = [4]
heapq.heapify(one)
print(heapq.heappop(one), one)
s = ['pear', 'apple', 'fig', 'kiwi', 'banana']
heapq.heapify(s)
print(s, [heapq.heappop(s) for _ in range(len(s))])
f = [2.5, -1, 3, 0.5, True]
heapq.heapify(f)
print(f)
dup = [3, 3, 1, 1, 2, 2]
heapq.heapify(dup)
print(dup, heapq.heappop(dup), dup)

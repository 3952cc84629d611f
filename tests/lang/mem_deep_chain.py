# long chains of references must be marked without exhausting the C stack
import gc
x = None
for i in range(2000):
    x = (i, x)
gc.collect()
n = 0
total = 0
y = x
while y is not None:
    total += y[0]
    y = y[1]
    n += 1
print(n, total)
lst = []
cur = lst
for i in range(500):
    nxt = []
    cur.append(nxt)
    cur = nxt
gc.collect()
depth = 0
cur = lst
while cur:
    cur = cur[0]
    depth += 1
print(depth)
x = None
lst = None
cur = None
gc.collect()
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
head = None
for i in range(1000):
    head = Node(head)
gc.collect()
k = 0
while head is not None:
    head = head.nxt
    k += 1
print(k)

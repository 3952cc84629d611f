# deque: iteration while mutating, unpacking, sorted/min/max, as a queue
from collections import deque

d = deque([3, 1, 2])
print(sorted(d), min(d), max(d), sum(d), list(enumerate(d)))
a, b, c = d
print(a, b, c)
try:
    for x in d:
        d.append(x)
except RuntimeError:
    print("RuntimeError")
print(len(d))

def bfs(graph, start):
    seen = [start]
    queue = deque([start])
    order = []
    while queue:
        node = queue.popleft()
        order.append(node)
        for n in graph[node]:
            if n not in seen:
                seen.append(n)
                queue.append(n)
    return order

g = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}
print(bfs(g, 1))

window = deque(maxlen=3)
avgs = []
for v in [1, 2, 3, 4, 5, 6]:
    window.append(v)
    avgs.append(sum(window) / len(window))
print(avgs)
it = iter(deque("ab"))
print(next(it), next(it), next(it, "done"))

# deque used in algorithms: BFS, sliding window, rotation
from collections import deque
graph = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d', 'e'], 'd': ['f'], 'e': ['f'], 'f': []}
def bfs(start):
    seen = {start}
    order = []
    q = deque([start])
    while q:
        n = q.popleft()
        order.append(n)
        for m in graph[n]:
            if m not in seen:
                seen.add(m)
                q.append(m)
    return order
print(bfs('a'))
def window_max(xs, k):
    dq = deque()
    out = []
    for i, x in enumerate(xs):
        while dq and xs[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(xs[dq[0]])
    return out
print(window_max([1, 3, -1, -3, 5, 3, 6, 7], 3))
last = deque(maxlen=3)
for i in range(7):
    last.append(i)
print(list(last), len(last))
d = deque([1, 2, 3])
d.appendleft(0)
d.extend([4, 5])
print(list(d), d.pop(), d.popleft(), list(d))
try:
    deque().pop()
except IndexError:
    print('IndexError')

# heapq for priority scheduling, merging and top-k
import heapq
tasks = []
for prio, name in [(3, 'low'), (1, 'urgent'), (2, 'normal'), (1, 'urgent2'), (5, 'idle')]:
    heapq.heappush(tasks, (prio, name))
order = []
while tasks:
    order.append(heapq.heappop(tasks))
print(order)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
h = list(data)
heapq.heapify(h)
print(h[0], [heapq.heappop(h) for _ in range(4)], len(h))
print(heapq.heappushpop([1, 5, 9], 3) if True else 1, heapq.heapreplace([1, 5, 9], 7) if hasattr(heapq, 'heapreplace') else 1)
def kbest(xs, k):
    h = []
    for x in xs:
        if len(h) < k:
            heapq.heappush(h, x)
        elif x > h[0]:
            heapq.heapreplace(h, x) if hasattr(heapq, 'heapreplace') else (heapq.heappop(h), heapq.heappush(h, x))
    return sorted(h, reverse=True)
print(kbest(data, 3))
def merge(*lists):
    h = [(l[0], i, 0) for i, l in enumerate(lists) if l]
    heapq.heapify(h)
    out = []
    while h:
        v, i, j = heapq.heappop(h)
        out.append(v)
        if j + 1 < len(lists[i]):
            heapq.heappush(h, (lists[i][j + 1], i, j + 1))
    return out
print(merge([1, 4, 9], [2, 3, 10], [], [0, 5]))
graph = {'a': [('b', 7), ('c', 9), ('f', 14)], 'b': [('c', 10), ('d', 15)], 'c': [('d', 11), ('f', 2)], 'd': [('e', 6)], 'e': [], 'f': [('e', 9)]}
def dijkstra(src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, 1e9):
            continue
        for v, w in graph[u]:
            if d + w < dist.get(v, 1e9):
                dist[v] = d + w
                heapq.heappush(pq, (d + w, v))
    return sorted(dist.items())
print(dijkstra('a'))

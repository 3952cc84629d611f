# a binary heap priority queue and a Dijkstra shortest path
class Heap:
    def __init__(self):
        self.a = []
    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i > 0:
            p = (i - 1) // 2
            if a[i] < a[p]:
                a[i], a[p] = a[p], a[i]
                i = p
            else:
                break
    def pop(self):
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            n = len(a)
            while True:
                l = 2 * i + 1
                r = l + 1
                m = i
                if l < n and a[l] < a[m]:
                    m = l
                if r < n and a[r] < a[m]:
                    m = r
                if m == i:
                    break
                a[i], a[m] = a[m], a[i]
                i = m
        return top
    def __len__(self):
        return len(self.a)
h = Heap()
for v in [5, 3, 9, 1, 7, 2, 8, 2, 6]:
    h.push(v)
print([h.pop() for _ in range(len(h))])
graph = {
    "A": {"B": 4, "C": 2},
    "B": {"C": 5, "D": 10},
    "C": {"E": 3},
    "D": {"F": 11},
    "E": {"D": 4},
    "F": {},
}
def dijkstra(g, src):
    dist = {src: 0}
    prev = {}
    pq = Heap()
    pq.push((0, src))
    while len(pq):
        d, u = pq.pop()
        if d > dist.get(u, d):
            continue
        for v, w in g[u].items():
            nd = d + w
            if v not in dist or nd < dist[v]:
                dist[v] = nd
                prev[v] = u
                pq.push((nd, v))
    return dist, prev
dist, prev = dijkstra(graph, "A")
print(sorted(dist.items()))
path = ["F"]
while path[-1] != "A":
    path.append(prev[path[-1]])
print("->".join(reversed(path)))

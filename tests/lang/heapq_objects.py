# heapq: tuples, user objects with __lt__, comparison counts stay sane
import heapq

tasks = []
heapq.heappush(tasks, (3, 'write'))
heapq.heappush(tasks, (1, 'plan'))
heapq.heappush(tasks, (2, 'test'))
heapq.heappush(tasks, (1, 'coffee'))
print(tasks)
while tasks:
    print(heapq.heappop(tasks))


class Job:
    count = 0

    def __init__(self, pri, name):
        self.pri = pri
        self.name = name

    def __lt__(self, other):
        Job.count += 1
        return self.pri < other.pri

    def __repr__(self):
        return 'Job(%d, %s)' % (self.pri, self.name)


jobs = [Job(p, n) for p, n in [(5, 'e'), (2, 'b'), (9, 'i'), (1, 'a'), (7, 'g'), (3, 'c')]]
heapq.heapify(jobs)
print(jobs)
heapq.heappush(jobs, Job(0, 'z'))
print(heapq.heappop(jobs), heapq.heappop(jobs))
print(heapq.heapreplace(jobs, Job(4, 'd')), jobs)
print(heapq.heappushpop(jobs, Job(8, 'h')), jobs)
print(Job.count)


class Rev:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v > other.v


r = [Rev(x) for x in [3, 1, 4, 1, 5, 9, 2, 6]]
heapq.heapify(r)
print([heapq.heappop(r).v for _ in range(8)])
pairs = [(i % 3, -i) for i in range(10)]
heapq.heapify(pairs)
print(pairs)
print([heapq.heappop(pairs) for _ in range(4)])


# a list subclass is a heap too
class H(list):
    pass
h = H()
for x in [4, 1, 3, 2]:
    heapq.heappush(h, x)
print(h, type(h).__name__, heapq.heappop(h), h)
g = H([5, 4, 3, 2, 1])
heapq.heapify(g)
print(g, heapq.heapreplace(g, 9), heapq.heappushpop(g, 0), g)

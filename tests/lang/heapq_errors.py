# heapq: errors (print the exception types only)
import heapq


def check(f):
    try:
        print('no error', f())
    except Exception as e:
        print(type(e).__name__)


check(lambda: heapq.heappop([]))
check(lambda: heapq.heapreplace([], 1))
check(lambda: heapq.heappush((), 1))
check(lambda: heapq.heappush(None, 1))
check(lambda: heapq.heapify('abc'))
check(lambda: heapq.heappop({1: 2}))
check(lambda: heapq.heappush([1], 'a'))
check(lambda: heapq.heappush([], 'a'))
check(lambda: heapq.heapify([1, 'a', 2]))
check(lambda: heapq.heappushpop([1], None))
check(lambda: heapq.heappush([]))
check(lambda: heapq.heapify())
check(lambda: heapq.nlargest(2, 5))
check(lambda: heapq.nsmallest('x', [1]))
check(lambda: heapq.nsmallest(2, [1, 'a']))


class Bad:
    def __lt__(self, other):
        raise ValueError('no order')


h = [1]
check(lambda: heapq.heappush([Bad()], Bad()))
check(lambda: heapq.heappush(h, 2))
print(h)


class Grow:
    def __init__(self, heap, v):
        self.heap = heap
        self.v = v

    def __lt__(self, other):
        self.heap.append(0)
        return self.v < other.v


g = []
g.append(Grow(g, 5))
g.append(Grow(g, 6))
check(lambda: heapq.heappush(g, Grow(g, 1)))
print(len(g) > 3)
g = []
for v in (5, 6, 7):
    g.append(Grow(g, v))
check(lambda: heapq.heappop(g))
check(lambda: heapq.heapify(g))


# a comparison that fails part-way loses no item
class Flaky:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Flaky.calls += 1
        if Flaky.calls == 4:
            raise KeyError('flaky')
        return self.v < other.v

    def __repr__(self):
        return 'F%d' % self.v


f = [Flaky(v) for v in [9, 8, 7, 6, 5, 4, 3, 2, 1]]
check(lambda: heapq.heapify(f))
print(f)
Flaky.calls = 0
f = [Flaky(v) for v in range(10)]
check(lambda: heapq.heappop(f))
print(f)
Flaky.calls = 2
check(lambda: heapq.heappush(f, Flaky(-1)))
print(f)

# an LRU cache class with hit/miss statistics, used as a decorator
class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.data = {}
        self.order = []
        self.hits = self.misses = 0
    def get(self, k):
        if k in self.data:
            self.hits += 1
            self.order.remove(k)
            self.order.append(k)
            return self.data[k]
        self.misses += 1
        return None
    def put(self, k, v):
        if k in self.data:
            self.order.remove(k)
        elif len(self.data) >= self.cap:
            old = self.order.pop(0)
            del self.data[old]
        self.data[k] = v
        self.order.append(k)
    def __call__(self, f):
        def wrapper(*args):
            r = self.get(args)
            if r is None:
                r = f(*args)
                self.put(args, r)
            return r
        return wrapper
cache = LRU(3)
@cache
def slow_square(n):
    print('compute', n)
    return n * n
for n in [1, 2, 3, 1, 4, 2, 5, 1, 3]:
    print(n, slow_square(n))
print(cache.hits, cache.misses, cache.order, sorted(cache.data))
c2 = LRU(2)
for k, v in [('a', 1), ('b', 2), ('a', 3), ('c', 4)]:
    c2.put(k, v)
print(c2.get('a'), c2.get('b'), c2.get('c'), c2.order)

# many namedtuple classes made and dropped, deque rotations, Counter/OrderedDict churn
from collections import namedtuple, deque, OrderedDict, defaultdict, Counter
import gc
for i in range(200):
    T = namedtuple("T%d" % i, ["a", "b", "c"][: 1 + i % 3])
    t = T(*range(1 + i % 3))
    if i % 50 == 0:
        print(t, t._asdict(), T._fields)
    gc.collect()
d = deque(range(50), 20)
for i in range(500):
    d.rotate(i)
    d.append(d.popleft())
    if i % 7 == 0:
        d.extendleft([i, i])
print(d)
c = Counter()
for i in range(300):
    c[i % 13] += 1
    od = OrderedDict(c)
    od.move_to_end(i % 13, last=(i % 2 == 0))
print(c.most_common(3), list(od)[:5])

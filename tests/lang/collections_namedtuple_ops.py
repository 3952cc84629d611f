# namedtuple instances behave as tuples everywhere
from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(1, 2)
print(str(p), list(p), p + (3,), '%s' % (p,))
print(sorted([P(2, 1), P(1, 2)]))
x, y = p
print(x, y, max(P(3, 9)), len(p), p[-1], p[:1])
print('{} {}'.format(*p), dict(zip(P._fields, p)))
class Q(P):
    def s(self):
        return self.x + self.y
print(Q(1, 2).s(), repr(Q(1, 2)))
P2 = namedtuple('P2', 'a, b')
print(P2(1, 2), P2._fields)
print(P._make([5, 6]) if hasattr(P, '_make') else P(5, 6))
import json
print(json.dumps(p))
print(p == (1, 2), p < (1, 3), hash(p) == hash((1, 2)), p.count(1), p.index(2))

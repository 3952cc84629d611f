# namedtuple: errors
from collections import namedtuple

P = namedtuple("P", "x y")
for args, kw in [((1,), {}), ((1, 2, 3), {}), ((1,), {"x": 2}), ((1, 2), {"z": 3}), ((), {})]:
    try:
        P(*args, **kw)
    except TypeError:
        print("TypeError", args, sorted(kw))
p = P(1, 2)
try:
    p.x = 5
except AttributeError:
    print("AttributeError")
try:
    p[0] = 5
except TypeError:
    print("TypeError item")
try:
    p._replace(z=1)
except ValueError:
    print("ValueError")
try:
    P._make([1])
except TypeError:
    print("TypeError make")
for fields in ["a a", "a 1b", "a _b", "def x", ["a", 3]]:
    try:
        namedtuple("T", fields)
        print("ok", fields)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, fields)
try:
    namedtuple("T", "a b", defaults=(1, 2, 3))
except TypeError:
    print("TypeError defaults")
R = namedtuple("R", "a a def _x", rename=True)
print(R._fields)
try:
    p.z
except AttributeError:
    print("AttributeError z")
try:
    p.z = 3
except AttributeError:
    print("AttributeError set z")
class Sub(P):
    pass
s = Sub(1, 2)
s.extra = "ok"
print(s, s.extra)

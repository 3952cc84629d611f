# sets
s = {3, 1, 2, 3, 1}
print(len(s), sorted(s), 1 in s, 5 in s, 5 not in s)
s.add(10)
s.add(1)
print(sorted(s))
s.remove(10)
s.discard(99)
print(sorted(s))
try:
    s.remove(99)
except KeyError:
    print("KeyError")
print(sorted(set([1, 1, 2])), sorted(set("hello")), set(), len(set()))
e = set()
e.add("x")
print(e, {5})
p = {1, 2}
v = p.pop()
print(v in (1, 2), len(p))
p.clear()
print(p, bool(p))
c = {1, 2, 3}
d = c.copy()
d.add(4)
print(sorted(c), sorted(d))

# hash of ints: equal values hash equal, small ints hash to themselves
for v in (0, 1, 5, 100, -3, 12345):
    print(v, hash(v) == v)
print(hash(1) == hash(1.0), hash(0) == hash(False), hash(1) == hash(True))
d = {1: "a"}
print(d[1.0], d[True])
s = {1, 1.0, True}
print(len(s))

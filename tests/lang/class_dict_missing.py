# dict subclasses: __missing__ supplies absent keys; other lookups unchanged
class Counter(dict):
    def __missing__(self, key):
        return 0


c = Counter()
for w in "a b a c a b".split():
    c[w] = c[w] + 1
print(sorted(c.items()), c["zzz"], "zzz" in c)


class Default(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory

    def __missing__(self, key):
        v = self[key] = self.factory()
        return v


d = Default(list)
d["x"].append(1)
d["x"].append(2)
d["y"].append(3)
print(sorted(d.items()))
try:
    dict()["nope"]
except KeyError as e:
    print("KeyError", e)

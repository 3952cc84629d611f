# defaultdict: default_factory, __missing__, repr, dict behaviour
from collections import defaultdict

d = defaultdict(list)
d["a"].append(1)
d["a"].append(2)
d["b"].append(3)
print(d, d["a"], len(d))
print(d.default_factory, "c" in d, d.get("c"), len(d))
print(d["c"], len(d))
counts = defaultdict(int)
for w in "the cat and the hat and the bat".split():
    counts[w] += 1
print(counts)
print(sorted(counts.items()))
n = defaultdict()
print(n, n.default_factory)
try:
    n["missing"]
except KeyError:
    print("KeyError")
dd = defaultdict(lambda: "dflt", {"k": "v"}, x="y")
print(dd["k"], dd["x"], dd["new"], sorted(dd.items()))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 1
nested["a"]["c"] += 2
print(nested["a"], dict(nested["a"]))
s = defaultdict(set)
s[1].add(2)
print(s)
print(isinstance(d, dict), type(d).__name__)
c = counts.copy()
c["zzz"] += 5
print(type(c).__name__, c["zzz"], "zzz" in counts, c.default_factory)
try:
    defaultdict(5)
except TypeError:
    print("TypeError")
d.default_factory = None
try:
    d["q"]
except KeyError:
    print("KeyError after None")
print(dict(d))
u = defaultdict(list, k=[1]) | {"z": [2]}
print(type(u).__name__, u.default_factory, sorted(u.items()))
u["w"].append(0)
print(u["w"])

# iterating dicts preserves insertion order
d = {}
for w in ["pear", "apple", "fig", "kiwi"]:
    d[w] = len(w)
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "->", v)
print(sorted(d), sorted(d.values()), sorted(d.items(), key=lambda kv: kv[1]))
print(list(d), tuple(d.values()))
del d["apple"]
d["apple"] = 0
print(list(d.keys()))
print(len(d.keys()), "fig" in d.keys(), 4 in d.values())
print(d.keys(), d.values(), d.items())

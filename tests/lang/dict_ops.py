# dict in/len/bool, get with default, mutation during iteration error
d = {"a": 1}
print(bool(d), bool({}), len(d))
print(d.get("a", 0) + d.get("b", 0))
for k in list(d):
    d["new" + k] = 1
inv = {v: k for k, v in {"one": 1, "two": 2}.items()}
print(inv)
merged = dict(d)
merged.update({"z": 26})
print(sorted(merged.items()))

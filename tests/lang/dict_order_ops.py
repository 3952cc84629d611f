# insertion order survives updates, overwrites and deletes
d = {}
for k in "python":
    d[k] = ord(k)
print(d)
d["p"] = 0
d["y"] = 1
print(list(d))
del d["t"]
d["t"] = 2
print(list(d.items()))
d.pop("p")
d["p"] = 3
print(d)
e = dict.fromkeys("cab", 0)
e.update({"b": 1, "z": 9})
print(e, list(e.values()))
f = {k: v for k, v in sorted(e.items(), key=lambda kv: -kv[1])}
print(f)

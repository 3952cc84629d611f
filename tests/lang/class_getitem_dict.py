# a dict-like class with __getitem__ keyed by strings
class Registry:
    def __init__(self):
        self._d = {}
    def __setitem__(self, k, v):
        self._d[k] = v
    def __getitem__(self, k):
        if k not in self._d:
            raise KeyError(k)
        return self._d[k]
    def __len__(self):
        return len(self._d)
    def __iter__(self):
        return iter(sorted(self._d))
r = Registry()
r["b"] = 2
r["a"] = 1
print(len(r), r["a"], list(r))
try:
    r["zz"]
except KeyError as e:
    print("KeyError", e.args)
for k in r:
    print(k, r[k])

# KeyError args and common lookup patterns
d = {"a": 1}
try:
    d["b"]
except KeyError as e:
    print("KeyError", e.args)
try:
    d[(1, 2)]
except KeyError as e:
    print("KeyError", e.args)
try:
    d[5]
except KeyError as e:
    print("KeyError", e.args)
def get_or(d, k, default):
    try:
        return d[k]
    except KeyError:
        return default
print(get_or(d, "a", 0), get_or(d, "z", 0))

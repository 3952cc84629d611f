# hash: equal values hash equal (int/str/tuple), unhashables raise
print(hash(5) == hash(5), hash(-7) == -7, hash("abc") == hash("ab" + "c"))
print(hash((1, "a")) == hash((1, "a")), hash(True) == hash(1), hash(0) == hash(0.0) == hash(False))
print(hash(2 ** 100) == hash(2 ** 100), isinstance(hash("x"), int), hash(None) == hash(None))
for u in ([], {}, set()):
    try:
        hash(u)
    except TypeError:
        print("TypeError", type(u).__name__)
print(hash(b"xy") == hash(b"x" + b"y"))

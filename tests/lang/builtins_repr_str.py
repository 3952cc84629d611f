# repr vs str of builtin values
vals = [1, -2, 2.5, "s", "it's", 'q"', "", b"b", None, True, False, [1, "a"], (1,), (), {"a": [1]}, set(), {1}, range(3)]
for v in vals:
    print(repr(v), str(v))
print(repr([["nested"], ("t", 1.0)]))
print(repr({"k": {"j": (None,)}}))

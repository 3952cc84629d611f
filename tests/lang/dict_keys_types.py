# keys of many types, and unhashable keys
d = {}
d[0] = "zero"
d[-5] = "neg"
d[2 ** 70] = "big"
d["s"] = "str"
d[b"b"] = "bytes"
d[(1, "a")] = "tuple"
d[None] = "none"
d[3.5] = "float"
d[False] = "false"
print(d[0], d[-5], d[2 ** 70], d["s"], d[b"b"], d[(1, "a")], d[None], d[3.5])
print(len(d))
for bad in ([1], {}, {1}):
    try:
        d[bad] = 1
    except TypeError:
        print("TypeError", type(bad).__name__)

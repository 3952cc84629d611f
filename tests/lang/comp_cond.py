# comprehensions with complex conditions and calls
def is_pal(s):
    return s == s[::-1]
words = ["level", "hello", "noon", "abc", "a", ""]
print([w for w in words if is_pal(w) and w])
print([(i, "even" if i % 2 == 0 else "odd") for i in range(4)])
data = [{"n": "a", "v": 3}, {"n": "b", "v": -1}, {"n": "c", "v": 7}]
print([d["n"] for d in data if d["v"] > 0])
print({d["n"]: d["v"] ** 2 for d in data})
print([x for x in [3, None, 0, "", "x", [], [0]] if x])

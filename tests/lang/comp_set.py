# set comprehensions (printed sorted)
print(sorted({x % 5 for x in range(30)}))
print(sorted({c.lower() for c in "Hello World" if c.isalpha()}))
print(sorted({len(w) for w in "a bb cc ddd e".split()}))
s = {(x, x * x) for x in range(-2, 3)}
print(sorted(s))
print(len({i // 3 for i in range(30)}))

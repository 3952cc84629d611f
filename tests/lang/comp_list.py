# list comprehensions
print([x * x for x in range(8)])
print([x for x in range(20) if x % 3 == 0])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([[i * j for j in range(4)] for i in range(3)])
print([c for c in "hello world" if c not in "aeiou "])
print([x if x % 2 else -x for x in range(6)])
words = ["apple", "Bob", "cat"]
print([w.upper() for w in words if len(w) > 2], [len(w) for w in words])
print([x for row in [[1, 2], [3], []] for x in row])
print([i for i in range(5) if i > 1 if i < 4])
print([f(3) for f in (lambda x: x + 1, lambda x: x * 2)])

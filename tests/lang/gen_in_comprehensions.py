# generators and generator expressions nested inside comprehensions
def evens(n):
    for i in range(n):
        if i % 2 == 0:
            yield i
print([list(evens(k)) for k in range(5)])
print({k: sum(evens(k)) for k in range(1, 8, 2)})
print([x * y for x in evens(5) for y in evens(x + 1)])
rows = [[1, 2, 3], [4, 5], [6]]
print([sum(v for v in r) for r in rows], max(len(r) for r in rows))
print(list(x for r in rows for x in r if x % 2))
g = ((i, (j for j in range(i))) for i in range(3))
print([(i, list(sub)) for i, sub in g])
def pairs(xs):
    for i, a in enumerate(xs):
        for b in xs[i + 1:]:
            yield a, b
print(list(pairs('abcd')))
print(sorted({a + b for a, b in pairs([1, 2, 3, 4])}))
it = (c.upper() for c in 'xyz')
print(next(it), [c for c in it])
print(any(v > 3 for v in evens(10)), all(v % 2 == 0 for v in evens(10)))

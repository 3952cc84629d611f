# nested unpacking in for loops and comprehensions
pts = [((0, 0), 'origin'), ((1, 2), 'p'), ((3, 4), 'q')]
for (x, y), name in pts:
    print(name, x + y)
print([x * y for (x, y), _ in pts])
d = {'a': (1, 2), 'b': (3, 4)}
for k, (u, v) in sorted(d.items()):
    print(k, u, v)
print({k: u + v for k, (u, v) in d.items()} == {'a': 3, 'b': 7})
pairs = list(zip('abc', range(3), [True, False, True]))
for ch, n, flag in pairs:
    print(ch, n, flag)
for i, (a, *b) in enumerate([[1, 2, 3], [4, 5]]):
    print(i, a, b)
m = [[1, 2], [3, 4]]
print([[r[c] for r in m] for c in range(2)])
total = 0
for [a, b] in m:
    total += a * b
print(total)
for (a, b), (c, d) in zip([(1, 2), (3, 4)], [(5, 6), (7, 8)]):
    print(a + c, b + d)
print(sorted((v, k) for k, v in {'x': 3, 'y': 1}.items()))
print(sum(a * b for a, b in zip([1, 2, 3], [4, 5, 6])))

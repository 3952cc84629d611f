# all, any, sorted, reversed, enumerate, zip on many iterable kinds
srcs = [[3, 1, 2], (3, 1, 2), 'cab', range(3), {'b': 1, 'a': 2}, b'cab', bytearray(b'ba')]
for s in srcs:
    print(type(s).__name__, sorted(s), list(enumerate(s))[:2], any(s), all(s))
print(all(x for x in [1, 1, 0]), any(x for x in [0, 0, 1]))
print(list(reversed([])), list(reversed('a')), list(reversed(range(0))))
print(list(zip(range(5), range(3), range(4))))
print(sorted({3: 'x', 1: 'y'}.items(), key=lambda kv: kv[1]))
print(list(enumerate(range(3), -1)))
print(len(range(10 ** 10)), range(10 ** 10)[10 ** 9])
print(min(range(5, 10)), max(range(5, 10, 2)), sum(range(0, 100, 7)))
print(list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6])))
print(sorted(sorted('bca'), reverse=True))

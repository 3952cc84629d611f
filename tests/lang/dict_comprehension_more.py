# dict comprehensions and dict construction details
sq = {n: n * n for n in range(6)}
print(sq)
print({k: v for k, v in sq.items() if v % 2 == 0})
print({v: k for k, v in sq.items()}[16])
print({c: 'aeiou'.count(c) for c in 'hello'})
print({(x, y): x * y for x in range(3) for y in range(x)})
print(dict.fromkeys(range(3), []))
words = 'one two three four five six'.split()
print({len(w): w for w in words})
print({w[0]: [x for x in words if x[0] == w[0]] for w in words})
print({k: sq.get(k, 'missing') for k in (2, 9)})
keys = ['a', 'b', 'a', 'c', 'b']
print({k: i for i, k in enumerate(keys)})
print(dict(sorted({'b': 2, 'a': 1, 'c': 0}.items(), key=lambda kv: kv[1])))
nested = {'x': {'y': 1}, 'z': {'w': 2}}
print({f'{a}.{b}': v for a, d in nested.items() for b, v in d.items()})
print({str(i): i for i in range(3)} == dict(zip('012', range(3))))
print(len({i % 3: i for i in range(100)}))

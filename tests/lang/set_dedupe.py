# typical set usage: dedupe, membership, seen-set
words = "a rose is a rose is a rose".split()
print(sorted(set(words)), len(set(words)))
seen = set()
order = []
for w in words:
    if w not in seen:
        seen.add(w)
        order.append(w)
print(order)
primes = set(range(2, 50))
for i in range(2, 8):
    primes -= set(range(i * i, 50, i))
print(sorted(primes))
print(sorted({x % 7 for x in range(100)}))
print(sorted({(x, y) for x in range(2) for y in range(2)}))

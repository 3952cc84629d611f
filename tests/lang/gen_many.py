# many live generators at once
gens = [iter(range(i, i + 3)) for i in range(50)]
def gen(i):
    for k in range(3):
        yield i * 10 + k
gs = [gen(i) for i in range(100)]
total = 0
for round_ in range(3):
    for g in gs:
        total += next(g)
print(total)
print(sum(sum(g) for g in gens))
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
p = primes()
print([next(p) for _ in range(20)])

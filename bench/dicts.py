# bench: dict-heavy work (insert, lookup, update, delete, iteration);
# the live data stays small so it fits kiln's default 256K heap
def main():
    total = 0
    for rep in range(1200):
        d = {}
        for i in range(2000):
            d[i] = i * 2
        for i in range(0, 2000, 3):
            total += d[i]
        for i in range(0, 2000, 2):
            del d[i]
        total += len(d)
        for k in d:
            total += k & 7
        s = {}
        for i in range(1000):
            k = "k%d" % (i % 200)
            s[k] = s.get(k, 0) + i
        for k in s:
            total += s[k]
        counts = {}
        for w in ("alpha beta gamma delta alpha beta alpha " * 40).split():
            if w in counts:
                counts[w] += 1
            else:
                counts[w] = 1
        total += counts["alpha"] * 3 + counts["delta"]
        items = sorted(counts.items())
        total += len(items)
    print("dicts", total)

main()

# bench: dict-heavy work (insert, lookup, update, delete, iteration)
def main():
    total = 0
    for rep in range(250):
        d = {}
        for i in range(10000):
            d[i] = i * 2
        for i in range(0, 10000, 3):
            total += d[i]
        for i in range(0, 10000, 2):
            del d[i]
        total += len(d)
        s = {}
        for i in range(4000):
            k = "k%d" % (i % 1000)
            s[k] = s.get(k, 0) + i
        for k in s:
            total += s[k]
        counts = {}
        for w in ("alpha beta gamma delta alpha beta alpha " * 300).split():
            if w in counts:
                counts[w] += 1
            else:
                counts[w] = 1
        total += counts["alpha"] * 3 + counts["delta"]
        items = sorted(counts.items())
        total += len(items)
    print("dicts", total)

main()

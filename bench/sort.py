# bench: list sorting, with and without key=; the lists are small enough
# for kiln's default 256K heap, and sorted many times
def main():
    seed = 42
    data = []
    for i in range(3000):
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        data.append(seed % 100000)
    total = 0
    for rep in range(420):
        a = sorted(data)
        total += a[0] + a[len(a) // 2] + a[-1]
        a = None
        b = sorted(data, key=lambda v: -v)
        total += b[10]
        b = None
        c = data[:]
        c.sort(reverse=True)
        total += c[100]
        c = None
        words = [str(v) for v in data[rep:rep + 600]]
        words.sort()
        total += len(words[0]) + len(words[-1])
        words.sort(key=len)
        total += len(words[-1])
        words = None
        pairs = [(v % 100, v) for v in data[:800]]
        pairs.sort()
        total += pairs[0][1] + pairs[-1][1]
        pairs = None
    print("sort", total)

main()

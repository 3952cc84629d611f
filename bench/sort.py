# bench: list sorting, with and without key=
def main():
    seed = 42
    data = []
    for i in range(50000):
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        data.append(seed % 100000)
    total = 0
    for rep in range(15):
        a = sorted(data)
        total += a[0] + a[len(a) // 2] + a[-1]
        b = sorted(data, key=lambda v: -v)
        total += b[10]
        c = sorted(data, reverse=True)
        total += c[100]
        words = [str(v) for v in data[:10000]]
        words.sort()
        total += len(words[0]) + len(words[-1])
        words.sort(key=len)
        total += len(words[-1])
        pairs = [(v % 100, v) for v in data[:20000]]
        pairs.sort()
        total += pairs[0][1] + pairs[-1][1]
    print("sort", total)

main()

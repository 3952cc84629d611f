# sorting larger pseudo-random sequences (deterministic LCG)
seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed
data = [rnd() % 1000 for _ in range(600)]
s = sorted(data)
print(s[:10], s[-10:], len(s))
print(all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
r = sorted(data, reverse=True)
print(r[:5], r == s[::-1])
pairs = [(v % 10, i) for i, v in enumerate(data)]
ps = sorted(pairs, key=lambda p: p[0])
print(all(ps[i][1] < ps[i + 1][1] for i in range(len(ps) - 1) if ps[i][0] == ps[i + 1][0]))
fl = [rnd() / 7.0 for _ in range(300)]
fs = sorted(fl)
print(all(fs[i] <= fs[i + 1] for i in range(len(fs) - 1)))
strs = [str(rnd() % 10000) for _ in range(300)]
ss = sorted(strs)
print(ss[:5], ss[-3:])
already = list(range(1000))
already.sort()
print(already[:3], already[-3:])
rev = list(range(1000, 0, -1))
rev.sort()
print(rev[:3], rev[-3:])
dup = [5] * 100 + [1] * 100
dup.sort()
print(dup[99], dup[100], dup.count(5))

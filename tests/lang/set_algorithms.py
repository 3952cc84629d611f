# set-based algorithms: dedupe preserving order, graph reachability, Jaccard
def dedupe(xs):
    seen = set()
    out = []
    for x in xs:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out
print(dedupe([3, 1, 3, 2, 1, 4]), dedupe('mississippi'))
edges = [(1, 2), (2, 3), (4, 5), (3, 1), (5, 6), (7, 7)]
adj = {}
for a, b in edges:
    adj.setdefault(a, set()).add(b)
    adj.setdefault(b, set()).add(a)
def component(start):
    seen = {start}
    stack = [start]
    while stack:
        n = stack.pop()
        for m in adj.get(n, ()):
            if m not in seen:
                seen.add(m)
                stack.append(m)
    return seen
comps = []
left = set(adj)
while left:
    c = component(min(left))
    comps.append(sorted(c))
    left -= c
print(sorted(comps))
def jaccard(a, b):
    a, b = set(a.split()), set(b.split())
    return len(a & b) / len(a | b)
print(round(jaccard('the cat sat', 'the cat ran'), 4), jaccard('a b', 'c d'))
a = set(range(0, 30, 2))
b = set(range(0, 30, 3))
print(sorted(a & b), sorted(a ^ b)[:6], len(a | b), sorted(b - a))
print(sorted({frozenset(p) for p in [(1, 2), (2, 1), (3, 4)]}, key=sorted))
letters = set('the quick brown fox jumps over the lazy dog') - {' '}
print(len(letters), letters == set('abcdefghijklmnopqrstuvwxyz'))

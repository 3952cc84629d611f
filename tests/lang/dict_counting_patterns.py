# common counting and grouping idioms with dict
text = 'the cat and the hat and the bat sat'
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print(sorted(groups.items()))
first = {}
for i, ch in enumerate('abracadabra'):
    if ch not in first:
        first[ch] = i
print(first)
inv = {v: k for k, v in {'a': 1, 'b': 2}.items()}
print(inv)
m = {'x': {'y': {'z': 1}}}
print(m['x']['y']['z'], m.get('q', {}).get('r'))
merged = {}
for part in ({'a': 1}, {'b': 2}, {'a': 3}):
    for k, v in part.items():
        merged[k] = merged.get(k, 0) + v
print(merged)
hist = dict.fromkeys(range(5), 0)
for v in [0, 1, 1, 3, 3, 3, 4]:
    hist[v] += 1
print(hist, max(hist, key=hist.get))
print(sorted(counts, key=counts.get, reverse=True)[:2])

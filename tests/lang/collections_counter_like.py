# counting with dict/defaultdict and comparing results
from collections import defaultdict
text = 'it is what it is and it was what it was'
a = {}
for w in text.split():
    a[w] = a.get(w, 0) + 1
b = defaultdict(int)
for w in text.split():
    b[w] += 1
print(a == dict(b), sorted(a.items()))
top = sorted(a.items(), key=lambda kv: (-kv[1], kv[0]))
print(top[:3])
letters = defaultdict(int)
for ch in text.replace(' ', ''):
    letters[ch] += 1
print(sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
pairs = defaultdict(list)
words = text.split()
for x, y in zip(words, words[1:]):
    pairs[x].append(y)
print(sorted((k, sorted(set(v))) for k, v in pairs.items()))
def merge_counts(*ds):
    out = defaultdict(int)
    for d in ds:
        for k, v in d.items():
            out[k] += v
    return dict(sorted(out.items()))
print(merge_counts({'a': 1, 'b': 2}, {'b': 3, 'c': 4}, {}))

# word counting and grouping
text = "the quick brown fox jumps over the lazy dog the fox"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
for w in sorted(counts):
    print(w, counts[w])
best = max(counts, key=lambda w: counts[w])
print("most common:", best, counts[best])
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
for n in sorted(groups):
    print(n, groups[n])
letters = {}
for ch in text:
    if ch != " ":
        letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5])

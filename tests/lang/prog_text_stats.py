# text statistics: word frequencies, line wrapping, justification
text = '''It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair.'''
words = [w.strip('.,').lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(top)
print(len(words), len(freq), max(words, key=len), sum(map(len, words)) / len(words))
def wrap(words, width):
    lines, cur = [], []
    for w in words:
        if cur and len(' '.join(cur + [w])) > width:
            lines.append(cur)
            cur = []
        cur.append(w)
    if cur:
        lines.append(cur)
    return lines
def justify(line, width):
    if len(line) == 1:
        return line[0].ljust(width)
    gaps = len(line) - 1
    spaces = width - sum(map(len, line))
    out = ''
    for i, w in enumerate(line[:-1]):
        n = spaces // gaps + (1 if i < spaces % gaps else 0)
        out += w + ' ' * n
    return out + line[-1]
for line in wrap(text.split(), 36):
    print('|' + justify(line, 36) + '|')
vowels = sum(1 for c in text.lower() if c in 'aeiou')
print(vowels, text.count('it was'), text.lower().count('it was'))
print(' '.join(w[::-1] for w in 'hello world again'.split()))
print(''.join(c for c in text if c.isupper()))

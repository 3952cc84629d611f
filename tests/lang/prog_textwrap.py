# word wrapping, justification and a word-frequency report
text = ("Kiln is a small Python interpreter for microcontrollers. It runs real "
        "programs, with classes, closures, generators and exceptions, inside a "
        "fixed heap managed by a mark-sweep garbage collector. Small is beautiful.")
def wrap(words, width):
    lines = []
    cur = []
    n = 0
    for w in words:
        if cur and n + 1 + len(w) > width:
            lines.append(cur)
            cur = [w]
            n = len(w)
        else:
            n = n + 1 + len(w) if cur else len(w)
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines
def justify(line, width):
    if len(line) == 1:
        return line[0]
    gaps = len(line) - 1
    spaces = width - sum(len(w) for w in line)
    out = ""
    for i, w in enumerate(line[:-1]):
        out += w + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + line[-1]
words = text.split()
for width in (30, 45):
    lines = wrap(words, width)
    print("-" * width)
    for ln in lines[:-1]:
        print(justify(ln, width))
    print(" ".join(lines[-1]))
freq = {}
for w in words:
    w = w.strip(".,").lower()
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for w, n in top:
    print("%-10s %s" % (w, "*" * n))

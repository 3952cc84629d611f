# json: generated documents encode exactly as CPython and decode back equal
import json

seed = 7
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return (seed >> 8) % n

words = ['alpha', 'b\u00e9ta', 'gam"ma', 'del\\ta', 'eps\nilon', '\u4e2d', '\U0001F41F', '']

def gen(depth):
    k = rnd(9 if depth < 4 else 6)
    if k == 0:
        return None
    if k == 1:
        return rnd(2) == 0
    if k == 2:
        return rnd(100000) - 50000
    if k == 3:
        return (rnd(100000) - 50000) / (rnd(99) + 1)
    if k == 4:
        return words[rnd(len(words))]
    if k == 5:
        return rnd(1 << 30) * rnd(1 << 30) * rnd(1 << 30)
    if k in (6, 7):
        return [gen(depth + 1) for _ in range(rnd(5))]
    return {words[rnd(len(words))] + str(i): gen(depth + 1) for i in range(rnd(5))}

for i in range(25):
    doc = gen(0)
    s = json.dumps(doc)
    print(s)
    assert json.loads(s) == doc
    assert json.loads(json.dumps(doc, indent=1)) == doc
    assert json.loads(json.dumps(doc, ensure_ascii=False)) == doc
print(json.dumps(gen(0), indent=2, sort_keys=True))

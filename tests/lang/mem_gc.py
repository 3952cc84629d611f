# kiln-args: -X heapsize=96K
# lots of garbage in loops; results must stay correct; gc.mem_free works
import gc
gc.collect()
free0 = gc.mem_free()
print(type(free0).__name__, free0 > 0, gc.mem_alloc() >= 0)
total = 0
for i in range(2000):
    tmp = [i, i + 1, i + 2]
    s = str(i) + "-" + str(i * 2)
    d = {"k": tmp, "s": s}
    total += d["k"][2] + len(d["s"])
print(total)
keep = []
for i in range(300):
    keep.append((i, str(i)))
    junk = [str(j) for j in range(20)]
print(len(keep), keep[0], keep[299], sum(k[0] for k in keep))
acc = ""
for i in range(300):
    acc = acc[-50:] + str(i)
print(acc)
class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt
for rnd in range(20):
    head = None
    for i in range(100):
        head = Node(i, head)
    n = 0
    while head:
        n += head.v
        head = head.nxt
print(n)
big = 2 ** 200
for i in range(500):
    big = (big * 3 + i) % (2 ** 200 + 7)
print(big)
gc.collect()
print(gc.mem_free() > 0)
print("done")

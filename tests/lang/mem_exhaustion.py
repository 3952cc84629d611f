# kiln-args: -X heapsize=64K
# heap exhaustion raises MemoryError and the interpreter carries on
import gc
keep = []
try:
    n = 16
    while True:
        keep.append([0] * n)
        n *= 2
except MemoryError:
    print("MemoryError caught")
keep = None
gc.collect()
# a fresh allocation must succeed now
lst = [i for i in range(200)]
print(sum(lst))
try:
    s = "x" * 10000000
except MemoryError:
    print("MemoryError caught again")
s = "abc" * 100
print(len(s))
d = {}
for i in range(100):
    d[i] = str(i)
print(len(d), d[99])
print("still running")

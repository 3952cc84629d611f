# kiln-args: -X heapsize=64K
# heap exhaustion raises MemoryError and the interpreter carries on
import gc

def hog():
    keep = []
    n = 16
    while True:
        keep.append([0] * n)
        n *= 2

try:
    hog()
except MemoryError:
    print("MemoryError caught")

def stir(n):
    # reuse the stack area hog() used, so no stale words pin its lists
    return 0 if n == 0 else 1 + stir(n - 1)

stir(20)
gc.collect()
# fresh allocations must succeed now
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
d = None
lst = None
gc.collect()
big = []
try:
    while True:
        big.append(str(len(big)) * 10)
except MemoryError:
    n = len(big)
    big = None
    print("MemoryError caught a third time", n > 100)
gc.collect()
print([str(i) for i in range(5)])
print("still running")

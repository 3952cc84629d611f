# functions returning tuples, swapping
def minmax(seq):
    lo = hi = seq[0]
    for v in seq:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return lo, hi

lo, hi = minmax([4, -2, 9, 0])
print(lo, hi)
r = minmax([5])
print(r, type(r).__name__)
def divmod2(a, b):
    return (a // b, a % b)
q, rem = divmod2(17, 5)
print(q, rem)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
print(tuple(x * 2 for x in range(4)))

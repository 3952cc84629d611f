# unpacking in a long loop must not grow the C stack
def f():
    t = 0
    for i in range(200000):
        a, b, c = i, i + 1, i + 2
        (x, y), z = (a, b), c
        t += x + y - z
    return t


print(f())
pairs = [(i, i * 2) for i in range(1000)]
s = 0
for k in range(200):
    for a, b in pairs:
        s += b - a
print(s)

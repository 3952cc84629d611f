# many positional arguments, argument evaluation order
def many(a, b, c, d, e, f, g, h, i, j):
    return a + b + c + d + e + f + g + h + i + j
print(many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print(many(*range(10)))
order = []
def t(x):
    order.append(x)
    return x
def three(a, b, c):
    return a, b, c
print(three(t(1), t(2), c=t(3)), order)
def kw(**k):
    return list(k)
print(kw(z=1, a=2, m=3))

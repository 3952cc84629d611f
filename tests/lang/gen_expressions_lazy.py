# generator expressions are lazy and single-use
log = []
def src(n):
    for i in range(n):
        log.append(i)
        yield i
g = (x * 2 for x in src(5))
print(log)
print(next(g), log)
print(list(g), log)
print(list(g))
g2 = (x for x in range(3))
print(sum(g2), sum(g2))
print(sum(x * x for x in range(10)))
print(max(len(w) for w in 'a bb ccc'.split()))
print(any(x > 3 for x in [1, 5, 2]), all(x > 0 for x in [1, -1]))
print(sorted((x % 3, x) for x in range(6)))
print(dict((k, len(k)) for k in ['ab', 'c']))
print(tuple(c.upper() for c in 'abc'))
print(' '.join(str(i) for i in range(4)))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
filt = (x for x in range(20) if x % 2 if x % 3)
print(list(filt))
ge = (x for x in [1, 2])
print(type(ge).__name__, iter(ge) is ge)
it = iter(range(10))
pairs = list(zip(it, it))
print(pairs)
try:
    (1 / x for x in [0])
    print('no error yet')
    list(1 / x for x in [0])
except ZeroDivisionError:
    print('ZeroDivisionError on consume')

# assignment expressions in many positions
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print('long', n)
print([y for x in data if (y := x * 2) > 6])
print(y)
i = 0
while (i := i + 1) < 4:
    print('i', i)
def f(v):
    return (w := v + 1) * w
print(f(3))
vals = [(a := k, a * a) for k in range(4)]
print(vals, a)
print((z := 5), z + 1)
res = {k: (q := k * 3) for k in range(3)}
print(res, q)
s = 'hello world'
if (pos := s.find('o')) >= 0:
    print('found at', pos)
print(any((hit := v) > 7 for v in data), hit)
print(all((last := v) < 9 for v in data), last)
def g():
    total = 0
    for x in range(5):
        if (sq := x * x) % 2:
            total += sq
    return total, sq
print(g())
lst = [1, 2, 3]
print(lst[(idx := 1)], idx)
print(f'{(t := 10) * 2} {t}')

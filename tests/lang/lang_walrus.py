# assignment expressions in conditions, comprehensions and nested scopes
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print('long', n)
while (item := data.pop()) != 1:
    print('popped', item)
print(data, item)
vals = [y for x in range(6) if (y := x * x) % 2 == 0]
print(vals, y)
def f():
    [last := v for v in 'abc']
    return last
print(f())
def g():
    total = 0
    sums = [total := total + v for v in range(5)]
    return sums, total
print(g())
print([(a, b) for a in range(3) if (b := a + 10) > 10])
stack = [1, 2, 3]
print(any((hit := v) == 2 for v in stack), hit)
print((z := 5) + z, z)
def outer():
    res = [inner := i for i in range(3)]
    def read():
        return inner
    return read()
print(outer())
import re
m = None
if (m := re.match(r'(\d+)', '42abc')):
    print(m.group(1))
print({k: (w := k * 2) for k in range(2)}, w)

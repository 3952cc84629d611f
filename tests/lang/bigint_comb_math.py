# combinatorics producing big numbers
def comb(n, k):
    if k < 0 or k > n:
        return 0
    k = min(k, n - k)
    r = 1
    for i in range(k):
        r = r * (n - i) // (i + 1)
    return r
print([comb(10, k) for k in range(11)])
print(comb(100, 50), comb(200, 3), comb(60, 30))
row = [1]
for _ in range(30):
    row = [a + b for a, b in zip([0] + row, row + [0])]
print(row[15], sum(row) == 2 ** 30)
def catalan(n):
    return comb(2 * n, n) // (n + 1)
print([catalan(i) for i in range(15)], catalan(100))
def bell(n):
    r = [[1]]
    for i in range(1, n + 1):
        nr = [r[-1][-1]]
        for v in r[-1]:
            nr.append(nr[-1] + v)
        r.append(nr)
    return r[n][0]
print([bell(i) for i in range(12)], bell(40))
def partitions(n):
    p = [1] + [0] * n
    for k in range(1, n + 1):
        for i in range(k, n + 1):
            p[i] += p[i - k]
    return p[n]
print(partitions(100), partitions(300))
import math
print(math.factorial(50), math.factorial(25) // math.factorial(20))

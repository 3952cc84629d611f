# for/while else clauses with break, continue, return and nested loops
def find(xs, t):
    for i, x in enumerate(xs):
        if x == t:
            break
    else:
        return -1
    return i
print(find([5, 6, 7], 6), find([5, 6, 7], 9), find([], 1))
n = 0
while n < 3:
    n += 1
else:
    print('while else', n)
n = 0
while True:
    n += 1
    if n == 2:
        break
else:
    print('never')
print('broke at', n)
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if i + j == 3:
            break
    else:
        print('inner completed for i', i)
        continue
    print('inner broke for i', i, 'j', j)
primes = []
for n in range(2, 30):
    for p in primes:
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)
for x in []:
    pass
else:
    print('empty for else')
i = 0
while i < 5:
    i += 1
    if i % 2:
        continue
    print('even', i)
else:
    print('done', i)

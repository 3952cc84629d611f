# fibonacci numbers of arbitrary size
a, b = 0, 1
for i in range(300):
    a, b = b, a + b
print(a)
print(len(str(a)))

def fib_fast(n):
    # fast doubling
    if n == 0:
        return (0, 1)
    a, b = fib_fast(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n % 2 == 0:
        return (c, d)
    return (d, c + d)

print(fib_fast(300)[0] == a)
print(fib_fast(1000)[0] % 10 ** 20)

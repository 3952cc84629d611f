# modular exponentiation and primality on big numbers
def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
print([n for n in range(100) if is_probable_prime(n)])
print(is_probable_prime(2 ** 61 - 1), is_probable_prime(2 ** 67 - 1), is_probable_prime(2 ** 89 - 1))
print(is_probable_prime(1000000007), is_probable_prime(1000000007 * 998244353))
print(pow(2, 10 ** 5, 10 ** 9 + 7), pow(3, 2 ** 100, 2 ** 61 - 1))
print(pow(12345678901234567890, 98765, 10 ** 20))
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
g, x, y = egcd(2 ** 64 + 13, 3 ** 40)
print(g, (2 ** 64 + 13) * x + 3 ** 40 * y == g)
p, q = 1000000007, 998244353
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
_, d, _ = egcd(e, phi)
d %= phi
m = 123456789
c = pow(m, e, n)
print(c, pow(c, d, n) == m)

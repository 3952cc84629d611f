# number theory with big ints
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

print(gcd(2 ** 100, 6 ** 50))
print(gcd(12345678901234567890123, 98765432109876543210))
print(gcd(3 ** 80 * 5, 3 ** 70 * 7))

def is_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d = n - 1
    s = 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for r in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True

print(is_prime(2 ** 61 - 1), is_prime(2 ** 67 - 1), is_prime(2 ** 89 - 1))
print([p for p in range(100) if is_prime(p)])

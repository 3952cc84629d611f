# bench: arbitrary-precision integers: factorials, powers, Fibonacci, int<->str
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


def main():
    total = 0
    for rep in range(900):
        f = fact(450)
        s = str(f)
        total += len(s) + int(s[:30]) % 1000
        total += int(s) % 1000003
        g = fib(2500)
        total += g % 999983 + g.bit_length()
        p = pow(3, 700) - pow(2, 900)
        total += p % 65537
        total += pow(7, 12345, 1000000007)
        h = (f * g) // (p | 1)
        total += h % 10007
        total += isqrt(10 ** 200) % 1000
        x = 1 << 500
        for i in range(200):
            x = (x * 31 + i) ^ (x >> 7)
            x &= (1 << 600) - 1
        total += x % 1000
        total += sum(int(c) for c in str(2 ** 1000))
        total += len(hex(f)) + len(str(-f))
        b = f.to_bytes((f.bit_length() + 7) // 8, 'big')
        total += int.from_bytes(b, 'big') == f
    print("bigints", total)

main()

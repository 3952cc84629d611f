# integer square root by Newton's method on big ints; digits of sqrt(2)
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

print(isqrt(10 ** 100))
print(isqrt(2 * 10 ** 100))
r = isqrt(12345678901234567890 ** 2)
print(r, r * r == 12345678901234567890 ** 2)
print(isqrt(2 ** 201) ** 2 <= 2 ** 201 < (isqrt(2 ** 201) + 1) ** 2)

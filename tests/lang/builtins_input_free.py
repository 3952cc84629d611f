# int/str roundtrip and numeric-string utilities without input()
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    neg = n < 0
    n = abs(n)
    out = ""
    while n:
        out = digits[n % b] + out
        n //= b
    return "-" + out if neg else out
for n in (0, 7, 255, -255, 123456789, 2 ** 70):
    for b in (2, 8, 16, 36):
        s = to_base(n, b)
        assert int(s, b) == n
    print(n, to_base(n, 2)[:20], to_base(n, 16), to_base(n, 36))

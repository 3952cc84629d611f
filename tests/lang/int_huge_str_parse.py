# converting very large ints to and from strings in many bases
n = 7 ** 300
s = str(n)
print(len(s), s[:10], s[-10:], int(s) == n)
for base in (2, 3, 8, 16, 36):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    out = []
    m = n
    while m:
        m, r = divmod(m, base)
        out.append(digits[r])
    t = ''.join(reversed(out))
    print(base, len(t), t[:12], int(t, base) == n)
print(int('-' + s) == -n, int(' +' + s + ' ') == n)
print(hex(n)[:12], oct(n)[:12], bin(n)[:12], len(hex(n)), len(bin(n)))
print(int(hex(n), 16) == n, int(oct(n), 0) == n, int(bin(n), 0) == n)
print(int('1' * 200) % 9, int('9' * 100) + 1 == 10 ** 100)
print(str(10 ** 100)[:3], str(-10 ** 100)[:3], len(str(2 ** 4000)))

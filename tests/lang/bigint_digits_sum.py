# big integer string conversion and digit manipulations
n = 2 ** 1000
s = str(n)
print(len(s), s[:20], s[-20:], sum(int(c) for c in s))
f = 1
for i in range(1, 101):
    f *= i
fs = str(f)
print(len(fs), fs[:15], len(fs) - len(fs.rstrip('0')))
print(int(fs) == f, int(fs[::-1]) % 1000)
print(hex(f)[:20], len(bin(f)))
print(int('9' * 50) + 1 == 10 ** 50)
print(str(-(10 ** 40)), repr(10 ** 25))
print(format(3 ** 80, ','))
print('%d' % (7 ** 50), '%x' % (7 ** 30), '%o' % (2 ** 70))
print(f'{5 ** 60:>60}')
def digits(n, base):
    out = []
    while n:
        n, r = divmod(n, base)
        out.append('0123456789abcdefghijklmnopqrstuvwxyz'[r])
    return ''.join(reversed(out)) or '0'
x = 12345678901234567890123
print(digits(x, 36), int(digits(x, 36), 36) == x, digits(x, 7))

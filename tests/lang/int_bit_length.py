# bit_length and related int methods
for n in (0, 1, 2, 3, 7, 8, 255, 256, -1, -8, -9, 2 ** 31, 2 ** 63, 2 ** 64, -(2 ** 100), 10 ** 30):
    print(n, n.bit_length())
print([(1 << k).bit_length() for k in range(0, 70, 7)])
print([((1 << k) - 1).bit_length() for k in range(1, 70, 9)])
print(True.bit_length(), False.bit_length())
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(v) for v in (0, 1, 255, 2 ** 64 - 1, 0xf0f0)])
print(bin(2 ** 64 - 1).count('1'))
print((12).__index__() if hasattr(12, '__index__') else 12)
print(int(7).real if hasattr(7, 'real') else 7)
print(abs(-2 ** 65).bit_length())

# bitwise operations on small, negative and big ints
vals = [0, 1, 5, -1, -6, 255, 2 ** 40 + 3, -(2 ** 70)]
for a in vals:
    print(a, ~a, a & 0xff, a | 0x100, a ^ -1)
for a in (12, -12, 2 ** 65):
    for b in (10, -10, 2 ** 64 - 1):
        print(a & b, a | b, a ^ b)
for s in (0, 1, 7, 31, 32, 63, 64, 100):
    print(s, 1 << s, -1 << s, (2 ** 100) >> s, -(2 ** 100) >> s)
print(-1 >> 100, 5 >> 100, -5 >> 1)
try:
    1 << -1
except ValueError:
    print('ValueError negative shift')
print(bin(0b1010 & 0b0110), bin(0b1010 | 0b0110), bin(0b1010 ^ 0b0110))
print(True << 3, False | 2)
m = 0
for bit in (0, 3, 5):
    m |= 1 << bit
print(m, bin(m), [(m >> i) & 1 for i in range(7)])
print((0xdead << 16 | 0xbeef) == 0xdeadbeef)

# bitwise operators on small ints
a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b)
print(~a, ~0, ~-1)
print(a << 2, a >> 2, 1 << 10, 1024 >> 3)
print(-8 >> 1, -1 >> 5, -9 >> 2)
print(-a & 0xff, -1 & 0xffff)
print(0xff ^ 0x0f, 255 & -256)
print(bin(a), hex(255), oct(8))
x = 0
for i in range(8):
    x |= 1 << i
print(x)
x &= ~0b100
print(x)
x ^= 0xff
print(x)

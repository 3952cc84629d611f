# bit operations on big and negative ints
a = 2 ** 100 + 2 ** 50 + 1
b = 2 ** 100 - 1
print(a & b, a | b, a ^ b)
print(~a, -a & 0xffffffff, -a | 0xff, -a ^ 12345)
print(a >> 50, a >> 99, a >> 200, a << 30)
print(-a >> 1, -a >> 64, -(2 ** 70) >> 3)
print((1 << 127) - 1, 1 << 64, -1 << 64)
print(hex(2 ** 80), bin(2 ** 40 + 5), oct(2 ** 66))
print(hex(-(2 ** 70)))
print((-(2 ** 65)) & (2 ** 66 - 1))
print((2 ** 65 + 3) & -(2 ** 64))
print(-(2 ** 65 + 3) & -(2 ** 64), -(2 ** 65 + 3) | -(2 ** 64), -(2 ** 65 + 3) ^ -(2 ** 64))

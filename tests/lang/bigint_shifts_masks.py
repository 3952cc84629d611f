# shifts and masks across 32/64/128-bit boundaries
for bits in (31, 32, 33, 63, 64, 65, 127, 128, 129):
    m = (1 << bits) - 1
    print(bits, m, hex(m), m.bit_length(), (m + 1) >> bits, -m >> (bits - 1))
x = 0x0123456789abcdef0123456789abcdef
print(hex(x >> 64), hex(x & 0xffffffffffffffff), hex((x << 4) & ((1 << 128) - 1)))
print([hex((x >> (32 * i)) & 0xffffffff) for i in range(4)])
def rotl64(v, r):
    return ((v << r) | (v >> (64 - r))) & 0xffffffffffffffff
v = 0x8000000000000001
print([hex(rotl64(v, r)) for r in (1, 4, 63)])
def to_signed(v, bits):
    return v - (1 << bits) if v >> (bits - 1) else v
print(to_signed(0xff, 8), to_signed(0xffffffff, 32), to_signed(0x7fffffffffffffff, 64), to_signed(1 << 127, 128))
print((-1) & 0xffffffffffffffff, (-2 ** 64) & (2 ** 65 - 1), (-12345) & 0xffff)
print(-(1 << 200) >> 199, (1 << 200) >> 201, -1 << 64)
acc = 0
for i in range(0, 200, 13):
    acc ^= 1 << i
print(acc.bit_length(), bin(acc).count('1'), acc % 1000003)

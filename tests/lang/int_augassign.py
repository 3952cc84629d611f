# augmented assignment on ints
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 4
print(x)
x //= 5
print(x)
x %= 4
print(x)
x **= 10
print(x)
x <<= 3
print(x)
x >>= 2
print(x)
x |= 1
print(x)
x &= 0xf
print(x)
x ^= 0xa
print(x)

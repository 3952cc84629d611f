# boundaries around machine word sizes must not overflow
vals = [2**29, 2**30, 2**31, 2**32, 2**62, 2**63, 2**64]
for v in vals:
    print(v - 1, v, v + 1, -v, -v - 1)
x = 2**30 - 1
print(x + 1, x * 2, x * x)
y = -(2**30)
print(y - 1, y * 2, y * y)
print((2**31) * (2**31))
print(2**63 // 3, 2**63 % 1000)
print(1073741823 + 1073741823)
print(-1073741824 - 1073741824)
print(46341 * 46341, 3037000500 * 3037000500)

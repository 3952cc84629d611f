# shifts across the small-int / big-int boundary
for i in range(0, 130, 7):
    a = 1 << i
    print(i, a, -a, (a - 1) >> 3, -a >> (i // 2 + 1), a >> i)
x = 0x5a5a5a5a5a5a5a5a
print(x << 1, x >> 1, x << 65, (x << 65) >> 65 == x)
print(-1 << 100 >> 100, (1 << 200) >> 199)
try:
    1 << -1
except ValueError:
    print("ValueError")

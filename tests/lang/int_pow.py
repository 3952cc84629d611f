# exponentiation
print(2 ** 10, 3 ** 4, (-2) ** 3, (-2) ** 4)
print(pow(2, 8), pow(3, 3))
print(pow(2, 10, 1000), pow(3, 200, 13), pow(7, 0, 5))
print(2 ** -1, 4 ** -2)
print(0 ** 0, 0 ** 5, 1 ** 1000)
x = 1
for i in range(20):
    x = x * 3
print(x == 3 ** 20)

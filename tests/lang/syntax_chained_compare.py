# chained comparisons and their short-circuit evaluation
def v(x, tag):
    print('eval', tag)
    return x
print(1 < 2 < 3)
print(1 < 3 < 2)
print(3 > 2 > 1 > 0)
print(1 == 1 == 1, 1 == 1 == 2)
print(1 < 2 != 3 >= 3)
print(v(5, 'a') < v(3, 'b') < v(10, 'c'))
print(v(1, 'a') < v(3, 'b') < v(10, 'c'))
x = 5
print(0 <= x < 10, 0 <= x < 5)
print('a' < 'b' < 'c' < 'd')
print([1] < [2] < [3, 0])
print('skip')
a = b = [1]
print(a is b is a, a is not b)
print(1 in [1, 2] in [[1, 2]])
print(2 not in [1] not in [[2]])
for lo, hi in [(0, 10), (5, 6), (-3, -1)]:
    print(lo, hi, [n for n in range(-5, 12) if lo <= n < hi])
print(1 < 2.5 < 3, 1.0 == 1 == True)
print((1 < 2) < 3, 1 < (2 < 3))

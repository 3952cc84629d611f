# array: 'f' (float32) and 'd' (float64) items
from array import array

d = array('d', [0.1, 1e300, -0.0, 1 / 3, 2 ** 53, 5])
print(d)
f = array('f', [0.1, 0.5, -2.25, 1 / 3, 16777217, 3])
print(f)
print(f[0], f[4], type(f[5]), d[2], type(d[5]))
f[0] = 1e39
f[1] = -1e39
print(f[0], f[1])
f[2] = 1e-50
print(f[2])
inf = float('inf')
nan = float('nan')
g = array('d', [inf, -inf, nan])
print(g, g[2] != g[2])
h = array('f', [nan, inf])
print(h, h[0] == h[0], h[1] > 1e308)
print(array('d', [True, False]), array('f', [2 ** 70]))
print(array('d', range(4)) == array('f', range(4)))
print(array('f', [0.1]) == array('d', [0.1]))
print(sum(array('d', [0.25] * 8)), array('d', [1.5]) * 3)
print(array('d', [3.0]).index(3), array('d', [3.0]).count(3), 3 in array('f', [3.0]))
x = array('d', [1.0, 2.0, 3.0])
x[1:2] = array('d', [7.5, 8.5])
print(x, x.tolist())
print(array('d', [1.0, 2.0]) < array('d', [1.0, nan]), array('d', [1.0, nan]) < array('d', [1.0, 2.0]))
print(array('d', [-1.5, 2.5]).tobytes() == bytes(array('d', [-1.5, 2.5])))


class F:
    def __float__(self):
        return 4.25


print(array('d', [F()]), array('f', [F()]))

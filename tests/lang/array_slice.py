# array: slices (get, set, delete), steps, negative indices
from array import array

a = array('i', range(10))
print(a[2:5], a[:3], a[7:], a[:], a[::2], a[1::3], a[::-1], a[8:2:-2], a[5:2])
print(a[-3:], a[:-7], a[100:], a[-100:2])
b = a[:]
b[2:5] = array('i', [100, 200])
print(b)
b[0:0] = array('i', [-1, -2, -3])
print(b)
b[len(b):] = array('i', [99])
print(b)
b[:] = array('i')
print(b, len(b))
c = array('h', range(8))
c[::2] = array('h', [10, 20, 30, 40])
print(c)
c[::-3] = array('h', [7, 8, 9])
print(c)
c[1:3] = c
print(c)
d = array('d', [0.5, 1.5, 2.5, 3.5, 4.5, 5.5])
del d[1]
print(d)
del d[::2]
print(d)
d = array('d', [0.5, 1.5, 2.5, 3.5, 4.5, 5.5])
del d[-2:]
print(d)
del d[::-2]
print(d)
del d[:]
print(d)
e = array('B', range(6))
del e[10:20]
del e[4:1]
print(e)
e[2:2] = array('B')
print(e)
e[1:4] = array('B', [7])
print(e)
f = array('i', range(10))
f[2:8:2] = array('i')
print(f)
f = array('i', range(10))
f[::3] = array('i', [0, 0, 0, 0])
print(f)
g = array('q', range(5))
g[1:4] = g[3:0:-1]
print(g)

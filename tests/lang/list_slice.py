# list slicing, slice assignment and deletion
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::2], a[::-1], a[-3:], a[8:2:-2])
b = a[:]
b[2:5] = ["x", "y"]
print(b)
b[0:0] = [-1, -2]
print(b)
b[len(b):] = [100]
print(b)
b[1:3] = []
print(b)
c = list(range(10))
c[::2] = [0, 0, 0, 0, 0]
print(c)
del c[1]
print(c)
del c[::3]
print(c)
del c[2:4]
print(c)
d = [1, 2, 3]
d[:] = "abc"
print(d)
try:
    c[::2] = [1]
except ValueError:
    print("ValueError")

# slice assignment and deletion on lists
l = list(range(10))
l[2:5] = ['a', 'b']
print(l)
l[2:4] = []
print(l)
l[:] = range(6)
print(l)
l[::2] = 'xyz'
print(l)
try:
    l[::2] = [1, 2]
except ValueError:
    print('ValueError extended slice')
l[1::2] = [10, 20, 30]
print(l)
l[-2:] = [7, 8, 9]
print(l)
l[len(l):] = [100]
print(l)
l[0:0] = [-1, -2]
print(l)
del l[::3]
print(l)
del l[5:]
print(l)
l[::-1] = list(range(len(l)))
print(l)
m = [1, 2, 3]
m[1:2] = m
print(m)
n = [0] * 5
n[1:4] = (i * i for i in range(3))
print(n)
o = list(range(5))
o[3:1] = ['ins']
print(o)
o[10:20] = ['far']
print(o)
try:
    o[0:2] = 5
except TypeError:
    print('TypeError')

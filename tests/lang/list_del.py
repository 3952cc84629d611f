# del on list items and variables
a = [0, 1, 2, 3, 4, 5]
del a[0]
print(a)
del a[-1]
print(a)
del a[1:3]
print(a)
x = 5
del x
try:
    print(x)
except NameError:
    print("NameError")
b = [1, 2, 3]
del b[:]
print(b)
try:
    del b[0]
except IndexError:
    print("IndexError")

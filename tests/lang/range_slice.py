# range slicing and indexing
r = range(0, 20, 2)
print(r[2:5], list(r[2:5]), list(r[::-1]), list(r[::3]))
print(r[-1], r[-10])
try:
    r[10]
except IndexError:
    print("IndexError")
print(list(range(10)[1:-1:2]))

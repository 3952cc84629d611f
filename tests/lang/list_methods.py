# list methods
a = [3, 1, 2]
a.append(4)
a.extend([5, 6])
a.insert(0, 0)
a.insert(100, 7)
a.insert(-1, 99)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(99)
print(a, a.index(2), a.count(1), [1, 1, 2].count(1))
a.reverse()
print(a)
a.sort()
print(a)
a.clear()
print(a, len(a))
b = [1, 2]
c = b.copy()
c.append(3)
print(b, c)
try:
    [].pop()
except IndexError:
    print("IndexError")
try:
    [1].remove(2)
except ValueError:
    print("ValueError")
try:
    [1].index(5)
except ValueError:
    print("ValueError")
print([1, 2, 3, 2].index(2, 2))

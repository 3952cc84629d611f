# tuples
t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1], (), (5,), tuple(), tuple([1, 2]), tuple("ab"))
print(t + (4,), t * 2, 2 in t, 9 in t, t.index(3), t.count(1))
print(t == (1, 2, 3), t < (1, 2, 4), (1, 2) < (1, 2, 0), () < (0,))
try:
    t[0] = 5
except TypeError:
    print("TypeError")
x = 1, 2
print(x, type(x).__name__)
a, b, c = t
print(a, b, c)
print(((1, 2), (3, (4, 5))))
print(max((3, 1)), min((3, 1)), sum((1, 2, 3)), sorted((3, 1, 2)))

# array: comparisons, +, +=, *, *=, in, iteration, bool, len
from array import array

a = array('i', [1, 2, 3])
b = array('i', [1, 2, 3])
c = array('i', [1, 2, 4])
print(a == b, a != b, a == c, a != c, a is b)
print(a < c, a <= c, a > c, a >= c, c > a, a < b, a <= b)
print(array('i', [1, 2]) < a, a < array('i', [1, 2]), array('i') < a, array('i') == array('i'))
print(a == array('b', [1, 2, 3]), a == array('d', [1.0, 2.0, 3.0]), a == array('h', [1, 2]))
print(array('d', [1.5]) < array('i', [2]), array('f', [0.5]) == array('d', [0.5]))
print(a == [1, 2, 3], a != [1, 2, 3], a == (1, 2, 3), a == 'x')
nan = float('nan')
n = array("d", [nan])
n2 = array("d", [nan])
print(n == n2, n != n2, n2 == array("d", [1.0]))
print(a + c, a + array('i'), array('i') + array('i'))
d = a
d += c
print(d, a, d is a)
d += array('i')
print(d, len(d))
print(a * 2, 2 * array('b', [1, 2]), array('h', [5]) * 0, array('h', [5]) * -3, array('h') * 5)
e = array('B', [1, 2])
f = e
e *= 3
print(e, f is e)
e *= 0
print(e, len(e), bool(e))
print(list(reversed(array('i', [1, 2, 3]))))
print(list(enumerate(array('d', [0.5, 1.5]))))
print(list(zip(array('b', [1, 2]), array('B', [3, 4]))))
it = iter(array('H', [9, 8]))
print(next(it), next(it), next(it, 'end'))
g = array('i', range(4))
for x in g:
    if x == 1:
        g.append(10)
print(g)
print(len(array('q', range(100))), sum(array('q', range(100))))
print(sorted(array('d', [3.5, -1.0, 2.0]), reverse=True))
print(array('b', [1]) != array('b', [1, 0]), array('b', [2]) > array('b', [1, 0]))


class R:
    def __radd__(self, o):
        return 'radd ' + repr(o)

    def __rmul__(self, o):
        return 'rmul ' + repr(o)


print(a + R(), array('b', [1]) * R())
t = array('i', [4])
t += R()
print(t)

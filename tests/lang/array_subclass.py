# array: user subclasses of array.array (methods, slots, buffer)
from array import array


class A(array):
    def total(self):
        return sum(self)


a = A('i', [1, 2, 3])
print(len(a), a[1], a[1:], a.total(), isinstance(a, array), type(a).__name__)
a.append(4)
a[0] = 10
print(list(a), a.tolist(), bytes(a)[:4], a.typecode, a.itemsize)
print(a == array('i', [10, 2, 3, 4]), 3 in a, a + array('i', [5]))
b = array('i', [7])
b.extend(a)
print(b)
a += array('i', [0])
print(a.tolist(), type(a).__name__)
print(a == b, b == a, array('i', [10, 2, 3, 4, 0]) == a, a == array('i', [10, 2, 3, 4, 0]))
c = array('i', [1])
c.extend(A('i', [2, 3]))
c += A('i', [4])
c[1:2] = A('i', [8, 9])
print(c, c + A('i', [0]), array('d', A('i', [1, 2])), array('i', A('i', [3])))
c.frombytes(A('B', [1, 0, 0, 0]))
print(c)
a.tag = 'x'
print(a.tag, a.pop(), a.tolist())

# list operators, comparisons, membership, copying
a = [1, 2, 3]
b = a[:]
b.append(4)
print(a, b, a < b, a == b[:3])
print(a + b, a * 2, 0 in a, 3 in a)
print(sorted(a + b, reverse=True))
nested = [[1, 2], [3, [4, 5]]]
shallow = list(nested)
shallow[0].append('x')
print(nested)
print(len([]), len([[]]), bool([]), bool([0]))
print(max([3, 9, 2]), min(['b', 'a']), sum([0.5, 1.5]))
print(list(reversed(a)), a[::-1] == list(reversed(a)))
print([1, 2] * 0, [None] * 3)
print(list(enumerate(['x', 'y'], 1)))
print(list(zip(a, 'abc')))
print(a.__len__(), a.__getitem__(1), a.__contains__(2))
stack = []
for i in range(4):
    stack.append(i)
print(stack.pop(), stack.pop(), stack)
print([x for x in range(20) if x % 3 == 0][-2:])
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[1] for row in matrix], list(map(list, zip(*matrix))))
print(sum(matrix, []))
print([1, [2, [3, [4]]]], str([1, 'a', None, 2.5]))
print(repr(['quote\'s', "dq\"s"]))

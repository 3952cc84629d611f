# more list behaviour: extend with iterables, insert negative, sort in place returns None
a = [1, 2]
a.extend(range(3))
a.extend("ab")
a.extend((9,))
a.extend({"k": 1})
print(a)
b = [3, 1, 2]
print(b.sort(), b, b.reverse(), b, b.append(0), b)
c = [1, 2, 3]
c.insert(-1, "x")
c.insert(-100, "first")
print(c)
print([0] * 3 + [1] * 2, [[1, 2]] * 2, list(range(3)) * 2)
l = [5, 3, 8]
print(sorted(l) is not l, l.index(8), l.count(3), len(l))
n = [1, [2, 3], (4,)]
print(n.index([2, 3]), [2, 3] in n, (4,) in n)

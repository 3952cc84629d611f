# every list method with edge cases
l = [3, 1, 4, 1, 5, 9, 2, 6]
print(l.index(1), l.index(1, 2), l.count(1), l.count(7))
try:
    l.index(7)
except ValueError:
    print('ValueError index')
l.append(3); print(l)
l.extend(range(2)); print(l)
l.extend('ab'); print(l)
l.insert(0, 'start'); l.insert(100, 'end'); l.insert(-1, 'pen'); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove('a'); print(l)
try:
    l.remove('zz')
except ValueError:
    print('ValueError remove')
l2 = [x for x in l if isinstance(x, int)]
l2.sort(); print(l2)
l2.reverse(); print(l2)
c = l2.copy(); c.append(0); print(len(c), len(l2))
c.clear(); print(c)
try:
    [].pop()
except IndexError:
    print('IndexError pop')
e = [1, 2]
e[5:] = [9]; print(e)
e[:0] = [0]; print(e)
print([1, 2, 3].index(3, -1))
print(list(), list('abc'), list((1, 2)), list({'k': 1}), list(range(3)))
x = [1]
x.append(x)
print(len(x), x[1] is x)
print([[]] * 2 == [[], []])

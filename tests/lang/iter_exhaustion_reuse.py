# iterators exhaust; iterables restart
lst = [1, 2, 3]
it = iter(lst)
print(list(it), list(it))
print(list(lst), list(lst))
g = (x for x in lst)
print(sum(g), sum(g))
m = map(str, lst)
print(''.join(m), ''.join(m))
z = zip(lst, lst)
print(len(list(z)), len(list(z)))
d = {'a': 1, 'b': 2}
ki = iter(d)
print(next(ki), list(ki))
s = 'xyz'
si = iter(s)
next(si)
print(''.join(si))
r = range(3)
print(list(r), list(r), iter(r) is iter(r))
ri = iter(r)
print(next(ri), next(ri), next(ri), next(ri, 'end'))
f = filter(None, [0, 1, 2])
print(1 in f, list(f))
e = enumerate('abcd')
for i, c in e:
    if i == 1:
        break
print(list(e))
it2 = iter(range(10))
print([next(it2) for _ in range(3)], list(it2)[:2])
lst2 = [1, 2, 3]
for v in lst2:
    if v == 1:
        lst2.append(4)
print(lst2)

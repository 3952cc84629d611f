# repr of self-referencing containers
l = [1, 2]
l.append(l)
print(l, repr(l))
d = {'a': 1}
d['self'] = d
print(d)
a = [1]
b = [a]
a.append(b)
print(a, b)
t = ([],)
t[0].append(t)
print(t)
m = {'k': []}
m['k'].append(m)
print(m)
s = [[]] * 2
print(s)
inner = [0]
outer = [inner, inner]
print(outer)

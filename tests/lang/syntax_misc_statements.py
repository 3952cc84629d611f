# assorted statement forms: chained assignment, tuple targets, nested functions, pass-through
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x, y = y, x = 1, 2
print(x, y)
(p, q), r = 'ab', 'c'
print(p, q, r)
i = j = 0
i += 1
print(i, j)
if not []:
    print('empty list is falsy')
while False:
    pass
for _ in ():
    print('never')
def noop(*_, **__):
    pass
print(noop(1, k=2))
n = 5
res = 'big' if n > 3 else 'small'
print(res)
v = [1, 2, 3][1:][0]
print(v)
s = {'a': [1, {'b': (2, 3)}]}['a'][1]['b'][-1]
print(s)
print((lambda: (yield))().__class__.__name__ if False else 'generator')
z = 10
z = z if z > 5 else 0
print(z)
t = 1,
print(t, type(t).__name__)
e = [] or None or 0 or 'last'
print(e)

# del in every legal position
a = 1
del a
print('a' in globals())
l = list(range(10))
del l[0]
print(l)
del l[-1]
print(l)
del l[1:3]
print(l)
del l[::2]
print(l)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
class O: pass
o = O()
o.x = 1; o.y = 2
del o.x
print(hasattr(o, 'x'), o.y)
p, q = 1, 2
del p, q
print('p' in globals(), 'q' in globals())
m = [1, [2, 3, 4]]
del m[1][0]
print(m)
def f():
    z = 5
    del z
    try:
        z
    except NameError:
        print('NameError local')
f()
try:
    del undefined_name
except NameError:
    print('NameError global')
lst = [1, 2, 3]
(x, y) = (4, 5)
del (x, y)
print('x' in globals())
del [lst[0], lst[0]]
print(lst)
for i in range(2):
    pass
del i
print('i' in globals())
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e.args)

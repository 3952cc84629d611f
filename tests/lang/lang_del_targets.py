# del of every target kind
a = 1
del a
try:
    a
except NameError:
    print('name deleted')
b, c = 1, 2
del b, c
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[1:3]
del lst[::2]
print(lst)
d = {'x': 1, 'y': 2, 'z': 3}
del d['x'], d['y']
print(d)
class O:
    pass
o = O()
o.p = 1
o.q = 2
del o.p
print(vars(o))
nested = {'k': [1, 2, {'deep': 3}]}
del nested['k'][2]['deep']
del nested['k'][0]
print(nested)
(e, [f, g]) = (1, [2, 3])
del (e, [f, g])
try:
    f
except NameError:
    print('tuple/list target deleted')
def local_del():
    v = 1
    del v
    try:
        return v
    except NameError:
        return 'UnboundLocalError is a NameError'
print(local_del(), issubclass(UnboundLocalError, NameError))
def del_global():
    global GX
    GX = 1
    del GX
del_global()
print('GX' in globals())
for bad in ('del lst[100]', "del d['nope']", 'del o.nope', 'del undefined_name'):
    try:
        exec(bad)
    except (IndexError, KeyError, AttributeError, NameError) as ex:
        print(type(ex).__name__)
ba = bytearray(b'abcdef')
del ba[1:3]
del ba[-1]
print(ba)
class Slots:
    def __init__(self):
        self.keep = 1
    def __delattr__(self, name):
        print('custom delattr', name)
del Slots().keep

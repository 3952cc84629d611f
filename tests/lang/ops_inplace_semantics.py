# in-place operators: mutation vs rebinding and aliasing
a = [1, 2]
alias = a
a += [3]
print(a, alias, a is alias)
a = a + [4]
print(a, alias, a is alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
s = {1}
salias = s
s |= {2}
s -= {1}
print(s, salias, s is salias)
d = {'a': 1}
dalias = d
d |= {'b': 2} if hasattr(d, '__ior__') else d.update({'b': 2}) or d
print(sorted(d.items()), d is dalias)
ba = bytearray(b'x')
ba_alias = ba
ba += b'y'
print(ba, ba is ba_alias)
b = b'x'
b_alias = b
b += b'y'
print(b, b_alias, b is b_alias)
st = 'x'
st_alias = st
st += 'y'
print(st, st_alias)
lst = [[1]]
inner = lst[0]
lst[0] += [2]
print(lst, inner, lst[0] is inner)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError:
    print('TypeError but mutated', tup)
class Box:
    def __init__(self): self.items = []
bx = Box()
ref = bx.items
bx.items += ['p']
print(bx.items is ref, ref)
n = 2 ** 70
m = n
n += 1
print(n - m)

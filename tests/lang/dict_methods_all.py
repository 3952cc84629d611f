# every dict method
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0))
print(d.setdefault('c', 3), d.setdefault('a', 100), d)
print(d.pop('b'), d.pop('zz', 'dflt'), d)
try:
    d.pop('zz')
except KeyError:
    print('KeyError pop')
d.update({'x': 9}); d.update(y=8); d.update([('z', 7)])
print(d)
print(sorted(d.keys()), sorted(d.values()), sorted(d.items()))
print(d.popitem(), d)
c = d.copy(); c['new'] = 0
print(len(c), len(d))
d.clear(); print(d)
try:
    {}.popitem()
except KeyError:
    print('KeyError popitem')
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 'v'))
print(dict(a=1, b=2), dict([('k', 'v')]), dict({'x': 1}, y=2), dict(zip('ab', (1, 2))))
e = {1: 'one'}
print(1 in e, 2 not in e, len(e), e[1])
try:
    e[2]
except KeyError as ex:
    print('KeyError', ex.args)
print(list(e), list(iter(e)), e == {1: 'one'}, e != {1: 'two'})
print({'a': 1} | {'b': 2} if hasattr({}, '__or__') else {'a': 1, 'b': 2})
f = {'k': [1]}
g = f.copy()
g['k'].append(2)
print(f)

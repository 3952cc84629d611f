# __getattr__, __getattribute__-free access, __setattr__, __delattr__
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, 'target', target)
        object.__setattr__(self, 'log', [])
    def __getattr__(self, name):
        self.log.append('get ' + name)
        return getattr(self.target, name)
    def __setattr__(self, name, value):
        self.log.append('set ' + name)
        setattr(self.target, name, value)
    def __delattr__(self, name):
        self.log.append('del ' + name)
        delattr(self.target, name)
class T:
    pass
t = T()
t.x = 1
p = Proxy(t)
print(p.x)
p.y = 2
print(t.y, p.y)
del p.x
print(hasattr(t, 'x'))
print(p.log)
class Dflt:
    a = 'class attr'
    def __getattr__(self, name):
        if name.startswith('auto_'):
            return name[5:]
        raise AttributeError(name)
d = Dflt()
print(d.a, d.auto_thing, hasattr(d, 'nothing'), getattr(d, 'nothing', 'dflt'))
class Frozen:
    def __init__(self):
        object.__setattr__(self, 'v', 1)
    def __setattr__(self, n, v):
        raise AttributeError('frozen')
f = Frozen()
try:
    f.v = 2
except AttributeError as e:
    print('AttributeError', e.args)
print(f.v)
class Rec:
    def __init__(self):
        self.data = {}
    def __getattr__(self, k):
        try:
            return self.data[k]
        except KeyError:
            raise AttributeError(k)
r = Rec()
r.data['q'] = 'Q'
print(r.q, getattr(r, 'z', None))

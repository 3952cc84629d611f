# instance and class __dict__, attribute lookup, vars()
class P:
    cls_attr = 'shared'
    def __init__(self, a):
        self.a = a
p = P(1)
print(p.__dict__, vars(p))
p.b = 2
print(sorted(p.__dict__.items()))
p.__dict__['c'] = 3
print(p.c)
print('cls_attr' in P.__dict__, 'a' in P.__dict__)
p.cls_attr = 'own'
print(p.cls_attr, P.cls_attr)
del p.cls_attr
print(p.cls_attr)
q = P(5)
P.cls_attr = 'changed'
print(q.cls_attr)
print(getattr(p, 'a'), getattr(p, 'zz', 'none'))
setattr(p, 'dyn', 'amic')
print(p.dyn, hasattr(p, 'dyn'))
delattr(p, 'dyn')
print(hasattr(p, 'dyn'))
print(P.__name__, type(p).__name__, p.__class__ is P)
class Empty:
    pass
e = Empty()
print(e.__dict__)
Empty.new = lambda self: 'added later'
print(e.new())
print(sorted(k for k in vars(P) if not k.startswith('__')))

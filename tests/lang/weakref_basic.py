import weakref, gc
class A:
    pass
a = A()
r = weakref.ref(a)
print(r() is a)
dead = []
def cb(ref):
    dead.append(ref is r2)
b = A()
r2 = weakref.ref(b, cb)
del b
for i in range(3):
    gc.collect()
print(r2() is None, dead)
print(r() is a, r == weakref.ref(a))
try:
    weakref.ref(1)
except TypeError as e:
    print("TypeError", e)
x = [A() for i in range(100)]
refs = [weakref.ref(o) for o in x]
del x
gc.collect()
print(sum(1 for q in refs if q() is None) > 90)

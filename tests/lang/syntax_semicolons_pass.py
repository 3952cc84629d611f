# simple statements, semicolons, pass, compound one-liners
a = 1; b = 2; c = a + b; print(a, b, c)
if a: print('one-line if')
for i in range(3): print('loop', i)
while a < 4: a += 1
print(a)
def f(): return 42
print(f())
class K: pass
print(type(K()).__name__)
try: x = 1 / 0
except ZeroDivisionError: print('caught')
def g(): pass
print(g())
x = y = z = 7
print(x, y, z)
i = 0
while True:
    i += 1
    if i > 5: break
    if i % 2: continue
    print('even', i)
else:
    print('never')
for j in range(2):
    pass
else:
    print('for-else ran', j)
if 0: pass
elif 1: print('elif')
else: pass
del x; print('y' in dir(), 'x' in dir())
assert True, 'msg'
print(...)

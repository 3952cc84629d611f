# global statements in functions and nested scopes
counter = 0
def bump():
    global counter
    counter += 1
    return counter
for _ in range(3):
    bump()
print(counter)
def make():
    global newname
    newname = 'created'
make()
print(newname)
def reader():
    return counter * 2
print(reader())
def outer():
    x = 'local'
    def inner():
        global x
        x = 'global-x'
        return x
    inner()
    return x
print(outer(), x)
def multi():
    global a1, a2
    a1, a2 = 1, 2
multi()
print(a1 + a2)
def deleter():
    global newname
    del newname
deleter()
print('newname' in globals())
def cond(flag):
    global g
    if flag:
        g = 'set'
cond(False)
print('g' in globals())
cond(True)
print(g)
class C:
    global counter
    counter = 100
print(counter, hasattr(C, 'counter'))

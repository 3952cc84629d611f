# generator re-entrancy and running-state errors
def g():
    yield me.send(None) if False else 1
    yield next(me)
me = g()
print(next(me))
try:
    next(me)
except ValueError:
    print('ValueError already executing')
def counter():
    n = 0
    while True:
        n += 1
        cmd = yield n
        if cmd == 'stop':
            return n
c = counter()
print(next(c), next(c), c.send('go'))
try:
    c.send('stop')
except StopIteration as e:
    print('stopped with', e.value)
print(next(c, 'exhausted'))
def self_close():
    yield 1
    yield 2
sc = self_close()
print(next(sc))
sc.close()
print(list(sc))
def thrower():
    try:
        yield
    except ValueError:
        return 'handled'
t = thrower()
next(t)
try:
    t.throw(ValueError)
except StopIteration as e:
    print('throw -> return', e.value)

# generator send/throw/close protocol
def acc():
    total = 0
    while True:
        try:
            v = yield total
        except ValueError as e:
            print('caught', e.args)
            total = 0
            continue
        if v is None:
            break
        total += v
    print('acc done')
g = acc()
print(next(g))
print(g.send(5), g.send(10))
print(g.throw(ValueError('reset')))
print(g.send(3))
try:
    g.send(None)
except StopIteration:
    print('StopIteration')
def closer():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
c = closer()
print(next(c))
c.close()
c.close()
try:
    next(c)
except StopIteration:
    print('closed')
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
i = ignore_exit()
next(i)
try:
    i.close()
except RuntimeError:
    print('RuntimeError')
def fresh():
    yield 1
f = fresh()
try:
    f.send(5)
except TypeError:
    print('TypeError non-None send')
try:
    f.throw(KeyError('k'))
except KeyError as e:
    print('KeyError propagated', e.args)
print(list(f))

# yield from: delegation of values, send, throw and return values
def inner():
    x = yield 'i1'
    print('inner got', x)
    y = yield 'i2'
    print('inner got', y)
    return 'inner-ret'
def outer():
    r = yield from inner()
    print('outer got', r)
    yield 'o1'
g = outer()
print(next(g))
print(g.send('A'))
print(g.send('B'))
print(list(g))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], 'ab', range(2), (x * x for x in range(3)))))
def thrower():
    try:
        yield 1
    except KeyError:
        yield 'handled KeyError'
def deleg():
    yield from thrower()
    yield 'after'
d = deleg()
print(next(d), d.throw(KeyError), next(d))
def tree(n):
    if n == 0:
        return
    yield from tree(n - 1)
    yield n
    yield from tree(n - 1)
print(list(tree(3)))
def ret_only():
    return 5
    yield
def wrap():
    v = yield from ret_only()
    yield v
print(list(wrap()))
def closing_inner():
    try:
        yield 1
        yield 2
    finally:
        print('inner finally')
def closing_outer():
    yield from closing_inner()
co = closing_outer()
next(co)
co.close()
print('closed outer')

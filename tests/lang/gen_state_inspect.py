# generator objects: iteration protocol, reuse, exceptions inside
def g():
    yield 1
    yield 2
it = g()
print(iter(it) is it, next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)
print(next(it, 'default'))
def with_return():
    yield 'a'
    return 'result'
w = with_return()
next(w)
try:
    next(w)
except StopIteration as e:
    print('value', e.value)
def raiser():
    yield 1
    raise ValueError('inside')
r = raiser()
print(next(r))
try:
    next(r)
except ValueError as e:
    print('ValueError', e.args)
print(next(r, 'exhausted'))
def running():
    yield 'x'
gens = [running() for _ in range(3)]
print([next(x) for x in gens])
def gen_with_args(a, *b, c=3, **d):
    yield a
    yield b
    yield c
    yield sorted(d)
print(list(gen_with_args(1, 2, 3, c=4, e=5)))
def gen_local_state():
    items = []
    for i in range(3):
        items.append(i)
        yield list(items)
print(list(gen_local_state()))
def stop_inside():
    yield 1
    return
    yield 2
print(list(stop_inside()))
print(type(g()).__name__)

def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i = got
        else:
            i += 1
    return 'done'
g = counter(5)
print(next(g), next(g), g.send(3), next(g))
try:
    next(g)
except StopIteration as s:
    print('stop', s.value)
def deleg():
    r = yield from counter(2)
    print('returned', r)
    yield 'end'
print(list(deleg()))
def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('closing')
        raise
c = closer(); next(c); c.close(); c.close()
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
ie = ignore_exit(); next(ie)
try:
    ie.close()
except RuntimeError as e:
    print('RuntimeError')
def thrower():
    while True:
        try:
            yield
        except ValueError as e:
            print('caught', e)
t = thrower(); next(t); t.throw(ValueError('v1')); t.throw(ValueError, 'v2') if False else None
gen_exp = (x * x for x in range(4))
print(sum(gen_exp), list(gen_exp))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib(); print([next(f) for _ in range(10)])
def stop_inside():
    yield 1
    raise StopIteration
try:
    list(stop_inside())
except RuntimeError as e:
    print('RuntimeError from StopIteration')
def g2():
    yield from [1, 2]
    yield from (3, 4)
    yield from range(5, 7)
print(list(g2()))
print(type(g2()).__name__, iter(g) is g, hasattr(g, 'send'))
async def co(x):
    return x * 2
async def main():
    r = await co(3)
    return r + 1
m = main()
try:
    m.send(None)
except StopIteration as s:
    print('coroutine result', s.value)
class AIter:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3: raise StopAsyncIteration
        return self.i
class ACM:
    async def __aenter__(self): print('aenter'); return 'ctx'
    async def __aexit__(self, *a): print('aexit'); return False
async def amain():
    out = []
    async for v in AIter():
        out.append(v)
    async with ACM() as c:
        out.append(c)
    return out
a = amain()
try:
    a.send(None)
except StopIteration as s:
    print(s.value)

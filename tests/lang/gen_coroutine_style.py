# generator-based coroutines: pipelines driven by send
def coroutine(f):
    def start(*a, **k):
        g = f(*a, **k)
        next(g)
        return g
    return start
@coroutine
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)
@coroutine
def filt(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)
@coroutine
def mapper(f, target):
    while True:
        target.send(f((yield)))
@coroutine
def collector(out):
    try:
        while True:
            out.append((yield))
    except GeneratorExit:
        out.append('closed')
p = printer('>')
pipe = filt(lambda x: x % 2, mapper(lambda x: x * 100, p))
for i in range(6):
    pipe.send(i)
out = []
c = collector(out)
for w in 'abc':
    c.send(w)
c.close()
print(out)
@coroutine
def averager():
    total = 0.0
    n = 0
    avg = None
    while True:
        v = yield avg
        total += v
        n += 1
        avg = total / n
a = averager()
print([a.send(v) for v in (10, 0, 5, 5)])

# send-driven generators: parsers and state machines
def line_parser():
    buf = ''
    lines = []
    while True:
        chunk = yield lines
        lines = []
        buf += chunk
        while '\n' in buf:
            line, buf = buf.split('\n', 1)
            lines.append(line)
p = line_parser()
next(p)
for chunk in ('hel', 'lo\nwor', 'ld\n\nlast', ' bit\n'):
    print(repr(chunk), p.send(chunk))
def turnstile():
    state = 'locked'
    while True:
        event = yield state
        if state == 'locked' and event == 'coin':
            state = 'unlocked'
        elif state == 'unlocked' and event == 'push':
            state = 'locked'
t = turnstile()
print(next(t), [t.send(e) for e in ('push', 'coin', 'coin', 'push', 'push')])
def gen_with_return():
    total = 0
    while True:
        v = yield
        if v is None:
            return total
        total += v
def driver(values):
    g = gen_with_return()
    next(g)
    for v in values:
        g.send(v)
    try:
        g.send(None)
    except StopIteration as e:
        return e.value
print(driver([1, 2, 3]), driver([]))
def delegator():
    result = yield from gen_with_return()
    yield 'sum=%d' % result
d = delegator()
next(d)
d.send(5)
d.send(6)
print(d.send(None))

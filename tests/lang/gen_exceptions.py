# exceptions raised inside generators reach the consumer
def gen(fail_at):
    for i in range(5):
        if i == fail_at:
            raise ValueError("failed at", i)
        yield i
out = []
try:
    for v in gen(3):
        out.append(v)
except ValueError as e:
    print("caught", e.args, out)
g = gen(1)
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught on next", e.args)
print(next(g, "finished"))
def safe(it):
    try:
        for v in it:
            yield v
    except ValueError:
        yield "recovered"
print(list(safe(gen(2))))
def stop_inside():
    yield 1
    raise StopIteration
try:
    print(list(stop_inside()))
except RuntimeError:
    print("RuntimeError from StopIteration in generator")

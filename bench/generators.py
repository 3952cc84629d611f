# bench: generator pipelines, yield from, generator expressions, send
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(src):
    for x in src:
        if x & 1 == 0:
            yield x


def squares(src):
    for x in src:
        yield x * x


def chunks(src, size):
    buf = []
    for x in src:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


def flatten(rows):
    for row in rows:
        yield from row


def tree(depth, base):
    if depth == 0:
        yield base
        return
    yield from tree(depth - 1, base * 2)
    yield from tree(depth - 1, base * 2 + 1)


def averager():
    total = 0
    n = 0
    avg = None
    while True:
        x = yield avg
        total += x
        n += 1
        avg = total // n


def main():
    total = 0
    for rep in range(450):
        total += sum(squares(evens(count_up(3000))))
        for c in chunks(count_up(1000), 7):
            total += len(c) + c[0]
        total += sum(flatten([[i, i + 1, i + 2] for i in range(400)]))
        total += sum(tree(8, 1))
        total += sum(x * 3 for x in range(2000) if x % 3 == 1)
        total += max(len(str(x)) for x in range(500))
        total += len([y for y in (x + 1 for x in range(1000)) if y & 4])
        avg = averager()
        next(avg)
        for v in range(0, 1500, 3):
            total += avg.send(v)
        avg.close()
        total += sum(1 for _ in zip(count_up(500), count_up(700)))
        total += any(x > 998 for x in count_up(1000))
        total += all(x < 500 for x in count_up(1000))
    print("generators", total)

main()

# asyncio: run, sleep, create_task, task results and ordering.
import asyncio

log = []


async def ticker(name, n, delay):
    for i in range(n):
        log.append((name, i))
        await asyncio.sleep(delay)
    return name + "!"


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


async def main():
    print("main start")
    print(await add(1, 2))
    t1 = asyncio.create_task(ticker("x", 3, 0))
    t2 = asyncio.create_task(ticker("y", 3, 0))
    print(t1.done(), t2.done())
    r1 = await t1
    r2 = await t2
    print(r1, r2, t1.done(), t2.done())
    print(log)
    # a finished task can be awaited again
    print(await t1)
    # sleep ordering by delay
    out = []

    async def sl(d, tag):
        await asyncio.sleep(d)
        out.append(tag)

    ts = [asyncio.create_task(sl(d, tag)) for d, tag in ((0.06, "c"), (0.02, "a"), (0.04, "b"))]
    for t in ts:
        await t
    print(out)
    # awaiting a coroutine directly runs it in this task
    print(await ticker("z", 2, 0.001))
    return "main done"


print(asyncio.run(main()))
print(asyncio.run(add(20, 22)))


async def none():
    pass


print(asyncio.run(none()))

# task interleaving order with sleep(0)
import asyncio
log = []
async def worker(name, n):
    for i in range(n):
        log.append('%s%d' % (name, i))
        await asyncio.sleep(0)
    return name * n
async def main():
    t1 = asyncio.create_task(worker('a', 3))
    t2 = asyncio.create_task(worker('b', 2))
    t3 = asyncio.create_task(worker('c', 1))
    r = [await t1, await t2, await t3]
    print(r)
    print(log)
    print(t1.done(), t2.done())
asyncio.run(main())
async def producer(q, n):
    for i in range(n):
        q.append(i)
        await asyncio.sleep(0)
    q.append(None)
async def consumer(q, out):
    while True:
        while not q:
            await asyncio.sleep(0)
        v = q.pop(0)
        if v is None:
            return out
        out.append(v * v)
async def pc():
    q = []
    out = []
    asyncio.create_task(producer(q, 5))
    return await consumer(q, out)
print(asyncio.run(pc()))

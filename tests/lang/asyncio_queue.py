# A producer / consumer queue built from Event and Lock, with several
# consumers; checks that every item arrives once and tasks interleave.
import asyncio


class Queue:
    def __init__(self):
        self.items = []
        self.ev = asyncio.Event()

    def put(self, x):
        self.items.append(x)
        self.ev.set()

    async def get(self):
        while not self.items:
            self.ev.clear()
            await self.ev.wait()
        return self.items.pop(0)


async def producer(q, n, consumers):
    for i in range(n):
        q.put(i)
        if i % 3 == 0:
            await asyncio.sleep(0.001)
    for _ in range(consumers):
        q.put(None)


async def consumer(q, tag, lock, seen):
    got = 0
    while True:
        x = await q.get()
        if x is None:
            return tag, got
        async with lock:
            seen.append(x)
        got += 1
        await asyncio.sleep(0)


async def main():
    q = Queue()
    lock = asyncio.Lock()
    seen = []
    res = await asyncio.gather(producer(q, 50, 3), *[consumer(q, t, lock, seen) for t in "xyz"])
    print(res[0])
    print(sorted(seen) == list(range(50)), sum(r[1] for r in res[1:]))
    print(all(r[1] > 0 for r in res[1:]))


asyncio.run(main())

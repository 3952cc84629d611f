# shared state protected by a Lock across gathered tasks
import asyncio
counter = 0
async def incr(lock, n, log):
    global counter
    for _ in range(n):
        async with lock:
            v = counter
            await asyncio.sleep(0)
            counter = v + 1
    log.append(n)
async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(incr(lock, 5, log), incr(lock, 3, log), incr(lock, 4, log))
    print(counter, sorted(log))
    async def unsafe(n):
        global counter
        for _ in range(n):
            v = counter
            await asyncio.sleep(0)
            counter = v + 1
    before = counter
    await asyncio.gather(unsafe(3), unsafe(3))
    print(counter - before < 6)
asyncio.run(main())

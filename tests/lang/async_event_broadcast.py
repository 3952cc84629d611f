# one Event wakes many waiters; re-arming with clear()
import asyncio
async def listener(name, ev, out, rounds):
    for r in range(rounds):
        await ev.wait()
        out.append((r, name))
        while ev.is_set():
            await asyncio.sleep(0)
async def main():
    ev = asyncio.Event()
    out = []
    tasks = [asyncio.create_task(listener(n, ev, out, 2)) for n in ('a', 'b', 'c')]
    for r in range(2):
        await asyncio.sleep(0)
        ev.set()
        for _ in range(3):
            await asyncio.sleep(0)
        ev.clear()
    await asyncio.gather(*tasks)
    print(sorted(out))
    print(len(out))
asyncio.run(main())

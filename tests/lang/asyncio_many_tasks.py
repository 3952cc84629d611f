# Many tasks, timers and garbage: results stay right while the heap churns.
import asyncio
import gc


async def job(i):
    s = 0
    for k in range(3):
        await asyncio.sleep((i % 4) * 0.002)
        s += len(str([i, k] * 3))
    return i, s


async def chain(n):
    if n == 0:
        return 0
    return 1 + await asyncio.create_task(chain(n - 1))


async def main():
    r = await asyncio.gather(*[job(i) for i in range(150)])
    print(len(r), r[:3], r[-1])
    gc.collect()
    print(await chain(100))
    ts = [asyncio.create_task(asyncio.sleep(0.001 * (i % 5))) for i in range(100)]
    gc.collect()
    for t in ts[::2]:
        t.cancel()
    done = 0
    for t in ts:
        try:
            await t
            done += 1
        except asyncio.CancelledError:
            pass
    print("done", done)


asyncio.run(main())

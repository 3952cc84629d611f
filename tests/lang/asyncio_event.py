# asyncio.Event: set / clear / is_set / wait, several waiters, wait when set.
import asyncio


async def waiter(ev, tag, out):
    print("waiting", tag)
    r = await ev.wait()
    out.append(tag)
    print("got", tag, r)


async def main():
    ev = asyncio.Event()
    print(ev.is_set())
    out = []
    ts = [asyncio.create_task(waiter(ev, i, out)) for i in range(3)]
    await asyncio.sleep(0.01)
    print("setting", out)
    ev.set()
    print(ev.is_set(), out)
    for t in ts:
        await t
    print(out)
    # already set: wait returns at once
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())
    # set then clear before the waiter runs: it still wakes
    t = asyncio.create_task(waiter(ev, "late", out))
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await asyncio.sleep(0)
    print("after set/clear", t.done())
    # wait with a timeout
    try:
        await asyncio.wait_for(ev.wait(), 0.02)
    except asyncio.TimeoutError:
        print("event timeout")
    # a waiter cancelled while waiting does not break later sets
    t = asyncio.create_task(waiter(ev, "cancelled", out))
    t2 = asyncio.create_task(waiter(ev, "kept", out))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    ev.set()
    await t2
    print(t.done(), t2.done())
    # ping-pong between two tasks with two events
    a, b = asyncio.Event(), asyncio.Event()

    async def pinger(n):
        for i in range(n):
            print("ping", i)
            b.set()
            await a.wait()
            a.clear()

    async def ponger(n):
        for i in range(n):
            await b.wait()
            b.clear()
            print("pong", i)
            a.set()

    await asyncio.gather(pinger(3), ponger(3))


asyncio.run(main())

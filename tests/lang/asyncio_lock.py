# asyncio.Lock: mutual exclusion, first come first served, async with,
# acquire/release, errors, a waiter cancelled while waiting.
import asyncio

lock = asyncio.Lock()
log = []


async def worker(tag, n):
    for i in range(n):
        async with lock:
            log.append(tag + "+")
            await asyncio.sleep(0.005)
            log.append(tag + "-")
        await asyncio.sleep(0)


async def holder(d):
    await lock.acquire()
    print("holder has it", lock.locked())
    await asyncio.sleep(d)
    lock.release()


async def main():
    print(lock.locked())
    await asyncio.gather(worker("a", 2), worker("b", 2), worker("c", 1))
    print(log)
    ok = all(log[i][0] == log[i + 1][0] for i in range(0, len(log), 2))
    print("exclusive", ok, lock.locked())
    r = await lock.acquire()
    print(r, lock.locked())
    lock.release()
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError:
        print("RuntimeError on release")
    # order of waiters
    order = []

    async def take(tag):
        async with lock:
            order.append(tag)
            await asyncio.sleep(0)

    h = asyncio.create_task(holder(0.02))
    await asyncio.sleep(0)
    ts = [asyncio.create_task(take(i)) for i in range(4)]
    await h
    await asyncio.gather(*ts)
    print(order)
    # a waiter cancelled while queued is skipped
    h = asyncio.create_task(holder(0.05))
    await asyncio.sleep(0)
    t1 = asyncio.create_task(take("x"))
    t2 = asyncio.create_task(take("y"))
    await asyncio.sleep(0.005)
    t1.cancel()
    await h
    await t2
    try:
        await t1
    except asyncio.CancelledError:
        print("x cancelled")
    print(order, lock.locked())

    # exception inside async with releases the lock
    try:
        async with lock:
            raise ValueError("inside")
    except ValueError as e:
        print(e, lock.locked())


asyncio.run(main())

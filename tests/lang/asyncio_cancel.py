# Task.cancel(): CancelledError thrown at the await point, cancel before the
# task starts, cancel of a finished task, catching and going on.
import asyncio


async def sleeper(tag, d=0.2):
    try:
        print("sleeping", tag)
        await asyncio.sleep(d)
        print("woke", tag)
    except asyncio.CancelledError:
        print("cancelled", tag)
        raise


async def survivor():
    try:
        await asyncio.sleep(0.2)
    except asyncio.CancelledError:
        print("survivor caught it")
    await asyncio.sleep(0)
    return "survived"


async def main():
    print(issubclass(asyncio.CancelledError, BaseException))
    print(issubclass(asyncio.CancelledError, Exception))
    t = asyncio.create_task(sleeper("a"))
    await asyncio.sleep(0.01)
    print(t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("await raised CancelledError", t.done())
    print(t.cancel())
    # cancelled before it ever ran: the body never starts
    t = asyncio.create_task(sleeper("b"))
    print(t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("never started")
    # the task catches the cancellation and returns normally
    t = asyncio.create_task(survivor())
    await asyncio.sleep(0.01)
    t.cancel()
    print(await t)
    # cancelling a task that waits for another task
    inner = asyncio.create_task(sleeper("inner", 0.05))

    async def waiter():
        try:
            await inner
        except asyncio.CancelledError:
            print("waiter cancelled")
            raise

    w = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("w done", w.done())
    # cancel twice before it runs: one CancelledError
    t = asyncio.create_task(sleeper("c"))
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("c done")
    # cancelled tasks in a loop
    ts = [asyncio.create_task(asyncio.sleep(1)) for i in range(5)]
    await asyncio.sleep(0)
    for t in ts:
        t.cancel()
    n = 0
    for t in ts:
        try:
            await t
        except asyncio.CancelledError:
            n += 1
    print(n, "cancelled")


asyncio.run(main())

# asyncio.ThreadSafeFlag: wait until set (wait clears it), set before wait,
# clear, a set made from a scheduled callback, wait with a timeout.
import asyncio
import micropython

flag = asyncio.ThreadSafeFlag()


async def waiter(tag):
    print("wait", tag)
    await flag.wait()
    print("woken", tag)


async def setter(d):
    await asyncio.sleep_ms(d)
    print("set")
    flag.set()


async def main():
    await asyncio.gather(waiter(1), setter(20))
    # set before waiting: wait returns at once, and clears the flag
    flag.set()
    await flag.wait()
    print("immediate")
    try:
        await asyncio.wait_for_ms(flag.wait(), 20)
    except asyncio.TimeoutError:
        print("timeout: the wait cleared the flag")
    # clear undoes a set
    flag.set()
    flag.clear()
    try:
        await asyncio.wait_for_ms(flag.wait(), 20)
    except asyncio.TimeoutError:
        print("timeout after clear")
    # set from a scheduled callback (as an interrupt handler would)
    t = asyncio.create_task(waiter(2))
    await asyncio.sleep_ms(5)
    micropython.schedule(lambda _: flag.set(), None)
    await t
    # repeated signalling
    n = 0
    ack = asyncio.Event()

    async def counter():
        nonlocal n
        while True:
            await flag.wait()
            n += 1
            ack.set()

    c = asyncio.create_task(counter())
    for i in range(5):
        flag.set()
        await ack.wait()
        ack.clear()
    c.cancel()
    print("counted", n)


asyncio.run(main())

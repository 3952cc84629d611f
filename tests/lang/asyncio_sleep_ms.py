# MicroPython's asyncio extras: sleep_ms, wait_for_ms, get_event_loop,
# run_until_complete, the time the sleeps take (ticks_ms).
import asyncio
import time


async def nap(ms, tag, out):
    await asyncio.sleep_ms(ms)
    out.append(tag)
    return tag


async def main():
    out = []
    t0 = time.ticks_ms()
    await asyncio.sleep_ms(30)
    dt = time.ticks_diff(time.ticks_ms(), t0)
    print("slept 30 ms:", 30 <= dt < 200)
    await asyncio.gather(nap(60, "c", out), nap(10, "a", out), nap(35, "b", out), nap(0, "0", out))
    print(out)
    print(await asyncio.wait_for_ms(nap(5, "fast", out), 100))
    t0 = time.ticks_ms()
    try:
        await asyncio.wait_for_ms(nap(300, "slow", out), 20)
    except asyncio.TimeoutError:
        dt = time.ticks_diff(time.ticks_ms(), t0)
        print("wait_for_ms timeout after 20 ms:", 20 <= dt < 200)
    print(await asyncio.wait_for_ms(nap(1, "none", out), None))
    # sleep(s) with a float, sleep(0) yields to the others
    order = []

    async def spin(tag):
        for i in range(3):
            order.append(tag + str(i))
            await asyncio.sleep(0)

    await asyncio.gather(spin("x"), spin("y"))
    print(order)
    # negative sleeps return at once
    await asyncio.sleep_ms(-5)
    await asyncio.sleep(-1)
    print("negative ok")


loop = asyncio.get_event_loop()
print(loop is asyncio.get_event_loop())
loop.run_until_complete(main())
print(asyncio.run_until_complete(asyncio.create_task(nap(1, "module level", []))))

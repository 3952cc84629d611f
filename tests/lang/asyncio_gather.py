# asyncio.gather: results in argument order, return_exceptions, errors.
import asyncio


async def val(x, d=0):
    await asyncio.sleep(d)
    return x


async def fail(msg, d=0):
    await asyncio.sleep(d)
    raise ValueError(msg)


async def main():
    print(await asyncio.gather())
    print(await asyncio.gather(val(1, 0.03), val(2, 0.01), val(3)))
    t = asyncio.create_task(val("task"))
    print(await asyncio.gather(t, val("coro")))
    r = await asyncio.gather(val(1), fail("bad"), val(3), return_exceptions=True)
    print([type(x).__name__ for x in r], r[0], r[2], r[1].args)
    try:
        await asyncio.gather(val(1, 0.01), fail("first", 0.02), fail("second", 0.04))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0.05)
    # nested gathers
    r = await asyncio.gather(asyncio.gather(val(1), val(2)), asyncio.gather(val(3)))
    print(r)
    # many tasks
    r = await asyncio.gather(*[val(i, (i % 3) * 0.01) for i in range(30)])
    print(r == list(range(30)))
    # sleeps made before they are awaited
    print(await asyncio.gather(asyncio.sleep(0.02), asyncio.sleep(0.01), asyncio.sleep(0)))
    s = asyncio.sleep(0.01)
    await asyncio.sleep(0)
    print(await s)


async def quiet_fail():
    try:
        await asyncio.gather(fail("x"), val(2))
    except ValueError as e:
        return "caught " + str(e)


asyncio.run(main())
print(asyncio.run(quiet_fail()))

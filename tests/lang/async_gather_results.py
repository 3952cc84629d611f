# gather with many coroutines, ordering and exceptions
import asyncio
async def square(x):
    await asyncio.sleep(0)
    return x * x
async def maybe_fail(x):
    await asyncio.sleep(0)
    if x % 3 == 0:
        raise ValueError(x)
    return x
async def main():
    print(await asyncio.gather(*(square(i) for i in range(10))))
    res = await asyncio.gather(*(maybe_fail(i) for i in range(1, 7)), return_exceptions=True)
    print([r if not isinstance(r, Exception) else 'E%s' % r.args for r in res])
    try:
        await asyncio.gather(maybe_fail(1), maybe_fail(3))
    except ValueError as e:
        print('ValueError', e.args)
    a, b = await asyncio.gather(square(3), square(4))
    print(a + b)
    inner = await asyncio.gather(asyncio.gather(square(1), square(2)), square(3))
    print(inner)
asyncio.run(main())

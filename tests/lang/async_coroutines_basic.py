# async def / await without an event loop driver beyond asyncio.run
import asyncio
async def add(a, b):
    await asyncio.sleep(0)
    return a + b
async def chain(n):
    total = 0
    for i in range(n):
        total = await add(total, i)
    return total
async def nested():
    return await chain(await add(2, 3))
print(asyncio.run(add(1, 2)))
print(asyncio.run(chain(10)))
print(asyncio.run(nested()))
async def raiser():
    await asyncio.sleep(0)
    raise KeyError('async')
async def catcher():
    try:
        await raiser()
    except KeyError as e:
        return 'caught ' + e.args[0]
print(asyncio.run(catcher()))
try:
    asyncio.run(raiser())
except KeyError as e:
    print('propagated', e.args)
async def noawait():
    return 'plain'
print(asyncio.run(noawait()))
async def with_finally():
    try:
        await asyncio.sleep(0)
        return 'body'
    finally:
        print('async finally')
print(asyncio.run(with_finally()))
c = add(1, 1)
print(type(c).__name__ in ('coroutine', 'generator'))
print(asyncio.run(c))

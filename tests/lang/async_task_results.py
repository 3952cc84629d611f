# task objects: results, exceptions, done(), awaiting finished tasks twice
import asyncio
async def work(n):
    for _ in range(n):
        await asyncio.sleep(0)
    if n == 3:
        raise ValueError('n=3')
    return n * 100
async def main():
    tasks = [asyncio.create_task(work(n)) for n in range(5)]
    print([t.done() for t in tasks])
    results = []
    for t in tasks:
        try:
            results.append(await t)
        except ValueError as e:
            results.append('err:' + e.args[0])
    print(results)
    print([t.done() for t in tasks])
    print(await tasks[1], await tasks[4])
    t = asyncio.create_task(work(1))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(t.done(), await t)
asyncio.run(main())

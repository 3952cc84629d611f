# asyncio.current_task(), Task.done(), tasks created from tasks.
import asyncio

try:
    asyncio.current_task()
except RuntimeError:
    print("no running loop")


async def child(parent):
    me = asyncio.current_task()
    print("child is not parent", me is not parent)
    await asyncio.sleep(0)
    return me


async def main():
    me = asyncio.current_task()
    print(isinstance(me, asyncio.Task), me.done())
    t = asyncio.create_task(child(me))
    c = await t
    print(c is t, t.done(), asyncio.current_task() is me)
    # current_task is the same across awaits
    await asyncio.sleep(0.001)
    print(asyncio.current_task() is me)
    # tasks spawning tasks
    results = []

    async def spawn(n):
        if n == 0:
            return 0
        t = asyncio.create_task(spawn(n - 1))
        results.append(n)
        return 1 + await t

    print(await spawn(10), results)
    return me


t = asyncio.run(main())
print(t.done())

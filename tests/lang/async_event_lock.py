# Event and Lock coordination
import asyncio
async def waiter(ev, name, log):
    log.append(name + ' waiting')
    await ev.wait()
    log.append(name + ' woke')
async def main():
    ev = asyncio.Event()
    log = []
    tasks = [asyncio.create_task(waiter(ev, n, log)) for n in 'xyz']
    await asyncio.sleep(0)
    print(ev.is_set(), log)
    ev.set()
    for t in tasks:
        await t
    print(ev.is_set(), sorted(log))
    ev.clear()
    print(ev.is_set())
    lock = asyncio.Lock()
    order = []
    async def critical(name):
        async with lock:
            order.append(name + '+')
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            order.append(name + '-')
    await asyncio.gather(critical('a'), critical('b'), critical('c'))
    print(order)
    print(lock.locked())
    await lock.acquire()
    print(lock.locked())
    lock.release()
    print(lock.locked())
asyncio.run(main())

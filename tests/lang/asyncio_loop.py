# The loop object: new_event_loop, run_until_complete, create_task,
# run_forever until stop(), close.
import asyncio


async def work(tag, d):
    await asyncio.sleep(d)
    print("work", tag)
    return tag


async def stopper(loop, d):
    await asyncio.sleep(d)
    print("stopping")
    loop.stop()


loop = asyncio.new_event_loop()
print(loop.run_until_complete(work("a", 0.01)))
t = loop.create_task(work("b", 0.01))
print(loop.run_until_complete(t), t.done())
loop.create_task(work("c", 0.01))
loop.create_task(stopper(loop, 0.03))
loop.run_forever()
print("run_forever returned")
# a task left pending when run_forever stops runs on the next run
ev = asyncio.Event()


async def after(ev):
    await ev.wait()
    print("work d")
    return "d"


t = loop.create_task(after(ev))
loop.create_task(stopper(loop, 0.01))
loop.run_forever()
print("d done", t.done())
ev.set()
print(loop.run_until_complete(t))
loop.run_until_complete(asyncio.sleep(0))
print("sleep as main ok")
loop.close()
print("closed")

# simple async pipeline built from Events
import asyncio
class Chan:
    def __init__(self):
        self.items = []
        self.ev = asyncio.Event()
    def put(self, v):
        self.items.append(v)
        self.ev.set()
    async def get(self):
        while not self.items:
            self.ev.clear()
            await self.ev.wait()
        return self.items.pop(0)
async def stage(src, dst, f):
    while True:
        v = await src.get()
        if v is None:
            dst.put(None)
            return
        dst.put(f(v))
async def main():
    a, b, c = Chan(), Chan(), Chan()
    asyncio.create_task(stage(a, b, lambda x: x + 1))
    asyncio.create_task(stage(b, c, lambda x: x * 10))
    for i in range(5):
        a.put(i)
        await asyncio.sleep(0)
    a.put(None)
    out = []
    while True:
        v = await c.get()
        if v is None:
            break
        out.append(v)
    print(out)
asyncio.run(main())

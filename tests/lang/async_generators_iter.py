# async for / async with on user classes
import asyncio
class Ticker:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i
class Res:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print('open', self.name)
        await asyncio.sleep(0)
        return self
    async def __aexit__(self, et, ev, tb):
        print('close', self.name, et.__name__ if et else None)
        return False
async def main():
    out = []
    async for v in Ticker(4):
        out.append(v)
    print(out)
    async with Res('r1') as r:
        print('using', r.name)
    try:
        async with Res('r2'):
            raise ValueError('inside')
    except ValueError as e:
        print('caught', e.args)
    total = 0
    async for v in Ticker(10):
        if v == 5:
            break
        total += v
    print(total)
asyncio.run(main())

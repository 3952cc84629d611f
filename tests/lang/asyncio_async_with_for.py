# async with / async for whose methods await (sleep, a lock), inside tasks.
import asyncio


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0.001)
        print("open", self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print("close", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError


class Countdown:
    def __init__(self, n, d):
        self.n = n
        self.d = d

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        await asyncio.sleep(self.d)
        self.n -= 1
        return self.n


async def user(tag, n, d):
    out = []
    async with Resource(tag) as r:
        async for i in Countdown(n, d):
            out.append((r.name, i))
    return out


async def main():
    print(await asyncio.gather(user("a", 3, 0.005), user("b", 2, 0.04)))
    async with Resource("swallow"):
        raise KeyError("ignored")
    try:
        async with Resource("raise"):
            raise ValueError("kept")
    except ValueError as e:
        print("ValueError", e)
    total = 0
    async for i in Countdown(5, 0):
        if i == 1:
            break
        total += i
    print("total", total)
    # comprehension of awaits
    async def sq(x):
        await asyncio.sleep(0)
        return x * x

    sqs = []
    for i in range(5):
        sqs.append(await sq(i))
    print(sqs)


asyncio.run(main())

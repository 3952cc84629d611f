# asyncio.Stream over a user stream object: the scheduler polls it through
# its ioctl (MicroPython's stream protocol) while a producer feeds it.
import asyncio

POLL = 3
POLLIN = 1
POLLOUT = 4


class Pipe:
    def __init__(self):
        self.buf = b""
        self.closed = False
        self.polls = 0

    def ioctl(self, req, arg):
        if req == POLL:
            self.polls += 1
            r = 0
            if arg & POLLIN and (self.buf or self.closed):
                r |= POLLIN
            if arg & POLLOUT:
                r |= POLLOUT
            return r
        return -1

    def read(self, n=-1):
        if n < 0:
            n = len(self.buf)
        d, self.buf = self.buf[:n], self.buf[n:]
        return d

    def write(self, b):
        self.buf += b
        return len(b)

    def close(self):
        self.closed = True


async def producer(p, chunks):
    for c in chunks:
        await asyncio.sleep_ms(10)
        p.write(c)
    await asyncio.sleep_ms(10)
    p.close()


async def main():
    p = Pipe()
    s = asyncio.StreamReader(p)
    prod = asyncio.create_task(producer(p, [b"hel", b"lo\nwor", b"ld\n", b"12345", b"tail"]))
    print(await s.readline())
    print(await s.readline())
    print(await s.readexactly(4))
    print(await s.readexactly(1))
    print(await s.read(100))
    print(await s.read())
    print(await s.read(1), await s.readline())
    await prod
    print("polled", p.polls > 0)
    # readinto
    p = Pipe()
    p.write(b"abcdef")
    buf = bytearray(4)
    n = await asyncio.StreamReader(p).readinto(buf)
    print(n, buf)
    # a reader cancelled while it waits
    p = Pipe()
    s = asyncio.StreamReader(p)
    t = asyncio.create_task(s.readline())
    await asyncio.sleep_ms(5)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("reader cancelled")
    try:
        print(await asyncio.wait_for_ms(s.read(5), 10))
    except asyncio.TimeoutError:
        print("read timeout")
    p.write(b"late")
    print(await s.read(10))
    # writer on the same object
    w = asyncio.StreamWriter(p)
    w.write(b"xyz")
    await w.drain()
    print(p.buf)


asyncio.run(main())

# asyncio/stream.py: Stream (also named StreamReader and StreamWriter) over
# any pollable stream: sys.stdin, sys.stdout, objects with an ioctl. Reading
# waits (select.poll through the scheduler) until the stream is readable,
# then takes only what is ready, one read(1) at a time, so the loop never
# blocks on input. Writes go straight to the stream; drain() always yields.

from . import core
import select


class Stream:
    def __init__(self, s, e={}):
        self.s = s
        self.e = e
        self._poll = None
        self._empty = ""

    def get_extra_info(self, v):
        return self.e[v]

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.close()

    def close(self):
        pass

    async def wait_closed(self):
        self.s.close()

    aclose = wait_closed

    def _ready(self):
        p = self._poll
        if p is None:
            p = self._poll = select.poll()
            p.register(self.s, select.POLLIN)
        return bool(p.poll(0))

    # Up to n pieces (chars or bytes) already available, up to a newline if
    # line; none at the end of the stream.
    def _take(self, n, line=False):
        parts = []
        while n != 0:
            c = self.s.read(1)
            if not c:
                self._empty = c
                break
            parts.append(c)
            n -= 1
            if line and c in ("\n", b"\n") or not self._ready():
                break
        return parts

    def _join(self, parts):
        return parts[0][:0].join(parts) if parts else self._empty

    async def read(self, n=-1):
        parts = []
        while True:
            await core._io_wait(self.s, False)
            got = self._take(n - len(parts) if n >= 0 else -1)
            if not got:
                break
            parts += got
            if n >= 0:
                break
        return self._join(parts)

    async def readinto(self, buf):
        data = await self.read(len(buf))
        buf[: len(data)] = data
        return len(data)

    async def readexactly(self, n):
        parts = []
        while len(parts) < n:
            await core._io_wait(self.s, False)
            got = self._take(n - len(parts))
            if not got:
                raise EOFError
            parts += got
        return self._join(parts)

    async def readline(self):
        parts = []
        while True:
            await core._io_wait(self.s, False)
            got = self._take(-1, True)
            parts += got
            if not got or got[-1] in ("\n", b"\n"):
                break
        return self._join(parts)

    def write(self, buf):
        try:
            self.s.write(buf)
        except TypeError:
            if isinstance(buf, str):
                raise
            self.s.buffer.write(buf)

    async def drain(self):
        await core.sleep_ms(0)


StreamReader = Stream
StreamWriter = Stream

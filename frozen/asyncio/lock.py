# asyncio/lock.py: Lock. Waiters queue in order; release() hands the lock
# straight to the first waiter still waiting (it stays locked), so a task
# arriving later cannot overtake. A waiter cancelled after the hand-over
# passes the lock on.

from . import core


class Lock:
    def __init__(self):
        self._locked = False
        self._waiters = []
        self._handed = None

    def locked(self):
        return self._locked

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock not acquired")
        w = self._waiters
        while w:
            t, epoch = w.pop(0)
            if core._wake(t, epoch, self):
                self._handed = t
                return
        self._locked = False

    def acquire(self):
        if self._locked:
            tok = core._token()
            self._waiters.append(tok)
            try:
                yield
            except core.CancelledError:
                if self._handed is tok[0]:
                    self._handed = None
                    self.release()
                raise
            self._handed = None
        self._locked = True
        return True

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

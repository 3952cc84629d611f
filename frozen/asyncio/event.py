# asyncio/event.py: Event (set / clear / is_set / wait) and ThreadSafeFlag,
# a flag that may be set from outside the scheduler (an interrupt handler, a
# timer callback): the scheduler polls it like a stream (its ioctl answers
# the poll request), so a set() made while the loop sleeps wakes the waiter.

from . import core


class Event:
    def __init__(self):
        self._flag = False
        self._waiters = []

    def is_set(self):
        return self._flag

    def set(self):
        self._flag = True
        w = self._waiters
        self._waiters = []
        core._wake_all(w)

    def clear(self):
        self._flag = False

    # Wakes at the next set() even if the flag is cleared again meanwhile.
    def wait(self):
        if not self._flag:
            core._add_waiter(self._waiters, core._token())
            yield
        return True


class ThreadSafeFlag:
    def __init__(self):
        self._flag = 0

    def ioctl(self, req, flags):
        if req == 3:
            return flags & core._POLLIN if self._flag else 0
        return -1

    def set(self):
        self._flag = 1

    def clear(self):
        self._flag = 0

    def wait(self):
        while not self._flag:
            yield from core._io_wait(self, False)
        self._flag = 0

# asyncio/core.py: the scheduler. Tasks, the ready queue, timers, I/O waits
# (select.poll), sleep/sleep_ms, create_task, run and the loop object.
#
# A task runs until its coroutine yields. Whatever made it yield registered
# a wake-up first (a timer, an I/O wait, an Event, another task's end...).
# A registration is a token (task, epoch). It stays valid while the task's
# epoch is unchanged. Waking a task and resuming it both bump the epoch, so
# the first wake-up wins and every other registration made for the same
# suspension goes stale and is skipped when it fires. Nothing has to be
# removed from a queue. A wake-up carries a value sent into the coroutine,
# or an exception thrown into it (cancel() wakes with CancelledError).
#
# Time is kept in milliseconds on a private clock that never wraps (it adds
# up time.ticks_diff steps), so the timer heap can hold plain tuples
# (due, seq, task, epoch) ordered by due time, then by push order.

from time import ticks_ms, ticks_diff, sleep_ms as _block_ms
from heapq import heappush, heappop, heapify
import select
import sys


class CancelledError(BaseException):
    pass


TimeoutError = TimeoutError

_POLLIN = select.POLLIN
_POLLOUT = select.POLLOUT

# Scheduler state; new_event_loop() resets it.
_ready = []      # tasks to run next, in order
_timers = []     # heap of (due, seq, task, epoch)
_seq = 0
_io = {}         # id(stream) -> [stream, reader tokens, writer tokens]
_poller = None
_cur = None      # the task running now
_stop = False
_clock_ms = 0
_clock_last = ticks_ms()


def _now():
    global _clock_ms, _clock_last
    t = ticks_ms()
    _clock_ms += ticks_diff(t, _clock_last)
    _clock_last = t
    return _clock_ms


def _token():
    t = _cur
    if t is None:
        raise RuntimeError("no running event loop")
    return (t, t._epoch)


# Wake the task of a token: it will run with `val` sent in, or thrown in if
# it is an exception (the values sent are never exceptions). Returns False
# if the token is stale.
def _wake(t, epoch, val=None):
    if t._epoch != epoch or t._result is not _PENDING:
        return False
    t._epoch = epoch + 1
    t._in = val
    if not t._queued:
        t._queued = True
        _ready.append(t)
    return True


def _wake_all(tokens, val=None):
    for tok in tokens:
        _wake(tok[0], tok[1], val)


# Keep a waiter list from growing with stale tokens.
def _add_waiter(tokens, tok):
    if len(tokens) >= 16:
        tokens[:] = [w for w in tokens if type(w) is not tuple or w[0]._epoch == w[1]]
    tokens.append(tok)


# When task t is done, wake token tok (with t), or call tok(t) if it is a
# function.
def _wait_task(t, tok):
    if t._waiters is None:
        t._waiters = []
    _add_waiter(t._waiters, tok)


def _add_timer(tok, ms):
    global _seq
    _seq += 1
    if len(_timers) >= 64 and _seq & 63 == 0:
        _timers[:] = [e for e in _timers if e[2]._epoch == e[3]]
        heapify(_timers)
    heappush(_timers, (_now() + ms, _seq, tok[0], tok[1]))


_PENDING = object()


class Task:
    def __init__(self, coro):
        if not hasattr(coro, "send"):
            raise TypeError("coroutine expected")
        self.coro = coro
        self._epoch = 0
        self._queued = False
        self._in = None         # sent (or thrown) in at the next step
        self._result = _PENDING
        self._exc = None
        self._waiters = None     # tokens of the tasks awaiting it (made on demand)
        self._awaiting = None   # the task this one awaits

    def __repr__(self):
        return "<Task>"

    def done(self):
        return self._result is not _PENDING

    # A task awaiting another task passes the cancellation on to it.
    def cancel(self):
        if self._result is not _PENDING:
            return False
        t = self
        while t._awaiting is not None and t._awaiting._result is _PENDING:
            t = t._awaiting
        _wake(t, t._epoch, CancelledError())
        return True

    # await task: its result, or its exception raised again.
    def __iter__(self):
        while self._result is _PENDING:
            tok = _token()
            _wait_task(self, tok)
            tok[0]._awaiting = self
            try:
                yield
            finally:
                tok[0]._awaiting = None
        if self._exc is not None:
            raise self._exc
        return self._result

    __await__ = __iter__


def create_task(coro):
    if coro is _sleeper:
        coro = _sleep_gen(_sleeper.ms)
        _sleeper.ms = None
    t = Task(coro)
    t._queued = True
    _ready.append(t)
    return t


def _promote(aw):
    return aw if isinstance(aw, Task) else create_task(aw)


def current_task():
    if _cur is None:
        raise RuntimeError("no running event loop")
    return _cur


# Awaitables that suspend the current task (generators: `await` drives them).

# sleep_ms(t) returns one shared object (no allocation), normally awaited at
# once: its first step registers the timer for the running task and yields,
# the next one ends. While it is still pending (made but not awaited yet,
# e.g. gather(sleep(1), sleep(2))) further sleeps are generators of their
# own. Given to create_task (or gather, wait_for) it becomes a generator
# too, so sleeps can be tasks.
class _Sleep:
    def __init__(self):
        self.ms = None

    def __iter__(self):
        return self

    __await__ = __iter__

    def __next__(self):
        ms = self.ms
        if ms is None:
            raise StopIteration
        self.ms = None
        _sleep_register(ms)

    def send(self, v):
        return self.__next__()


def _sleep_register(ms):
    tok = _token()
    if ms <= 0:
        _wake(tok[0], tok[1])
    else:
        _add_timer(tok, ms)


def _sleep_gen(ms):
    _sleep_register(ms)
    yield


_sleeper = _Sleep()


def sleep_ms(t):
    if _sleeper.ms is not None:
        return _sleep_gen(t)
    _sleeper.ms = t
    return _sleeper


def sleep(t):
    return sleep_ms(int(t * 1000))


# Wait until stream s is readable (or writable): its token goes in _io.
def _io_wait(s, write):
    global _poller
    k = id(s)
    e = _io.get(k)
    if e is None:
        e = [s, [], []]
        _io[k] = e
        if _poller is None:
            _poller = select.poll()
        _poller.register(s, 0)
    _add_waiter(e[2] if write else e[1], _token())
    _poller.modify(s, (_POLLIN if e[1] else 0) | (_POLLOUT if e[2] else 0))
    yield


# Drop stale I/O tokens; stop polling streams nobody waits on.
def _io_prune():
    for k in list(_io):
        e = _io[k]
        e[1] = [w for w in e[1] if w[0]._epoch == w[1]]
        e[2] = [w for w in e[2] if w[0]._epoch == w[1]]
        if e[1] or e[2]:
            _poller.modify(e[0], (_POLLIN if e[1] else 0) | (_POLLOUT if e[2] else 0))
        else:
            _poller.unregister(e[0])
            del _io[k]


def _io_poll(timeout):
    for s, ev in _poller.ipoll(timeout):
        e = _io.get(id(s))
        if e is None:
            continue
        if ev & ~_POLLOUT:
            _wake_all(e[1])
            e[1] = []
        if ev & ~_POLLIN:
            _wake_all(e[2])
            e[2] = []
    _io_prune()


# Run one step of task t.
def _step(t):
    global _cur
    t._queued = False
    t._epoch += 1
    val = t._in
    t._in = None
    _cur = t
    try:
        if isinstance(val, BaseException):
            t.coro.throw(val)
        else:
            t.coro.send(val)
    except StopIteration as e:
        _finish(t, e.value, None)
    except (CancelledError, Exception) as e:
        _finish(t, None, e)
    finally:
        _cur = None


_main = None


def _finish(t, result, exc):
    t._queued = False   # a wake-up while it ran (cancel of itself) is void
    t._result = result
    t._exc = exc
    waiters = t._waiters or ()
    t._waiters = None
    for tok in waiters:
        if type(tok) is tuple:
            _wake(tok[0], tok[1], t)
        else:
            tok(t)
    # Nobody ever waited for it: report its exception.
    if exc is not None and not waiters and t is not _main and not isinstance(exc, CancelledError):
        _loop.call_exception_handler(
            {"message": "Task exception wasn't retrieved", "future": t, "exception": exc})


# The scheduler loop: until task main is done (main None: until stop()), or
# until nothing can ever happen again.
def _run(main):
    global _ready, _stop, _main
    prev = _main
    _main = main
    _stop = False
    try:
        while True:
            if main is not None and main._result is not _PENDING or main is None and _stop:
                return
            now = _now()
            while _timers and _timers[0][0] <= now:
                e = heappop(_timers)
                _wake(e[2], e[3])
            if _ready:
                timeout = 0
            elif _timers:
                timeout = _timers[0][0] - now
            elif _io:
                timeout = -1
            else:
                return
            if _io:
                _io_poll(timeout)
            elif timeout > 0:
                _block_ms(timeout)
            batch = _ready
            _ready = []
            i = 0
            try:
                while i < len(batch):
                    t = batch[i]
                    i += 1
                    if t._queued:
                        _step(t)
                        if main is not None and main._result is not _PENDING:
                            break
            finally:
                # main finished mid-batch, or an exception (KeyboardInterrupt)
                # stops the loop: the rest stays queued, in order
                if i < len(batch):
                    _ready = batch[i:] + _ready
    finally:
        _main = prev


class Loop:
    _exc_handler = None

    def create_task(self, coro):
        return create_task(coro)

    def run_forever(self):
        _run(None)

    def run_until_complete(self, aw=None):
        if aw is None:
            return _run(None)
        t = _promote(aw)
        _run(t)
        if t._result is _PENDING:
            return None
        if t._exc is not None:
            raise t._exc
        return t._result

    def stop(self):
        global _stop
        _stop = True

    def close(self):
        pass

    def set_exception_handler(self, handler):
        Loop._exc_handler = handler

    def get_exception_handler(self):
        return Loop._exc_handler

    def default_exception_handler(self, context):
        print(context["message"], file=sys.stderr)
        print("future:", context["future"], "coro=", context["future"].coro, file=sys.stderr)
        sys.print_exception(context["exception"], sys.stderr)

    def call_exception_handler(self, context):
        h = Loop._exc_handler
        if h is None:
            self.default_exception_handler(context)
        else:
            h(self, context)


_loop = Loop()


def get_event_loop(runq_len=0, waitq_len=0):
    return _loop


def new_event_loop():
    global _ready, _timers, _io, _poller, _cur, _stop
    _ready = []
    _timers = []
    _io = {}
    _poller = None
    _cur = None
    _stop = False
    return _loop


def run_until_complete(main_task=None):
    return _loop.run_until_complete(main_task)


def run(coro):
    return _loop.run_until_complete(create_task(coro))

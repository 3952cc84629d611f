# asyncio/funcs.py: gather, wait_for and wait_for_ms, built on the tokens of
# asyncio/core.py (a waiting task registers (task, epoch) with every task it
# waits for, plus a timer; the first wake-up wins).

from . import core


# Suspend until task t is done, or for at most ms milliseconds (ms None: no
# limit). Returns True if t is done.
def _until_done(t, ms):
    if t._result is core._PENDING:
        tok = core._token()
        core._wait_task(t, tok)
        if ms is not None:
            core._add_timer(tok, ms)
        yield
    return t._result is not core._PENDING


def _outcome(t):
    if t._exc is not None:
        raise t._exc
    return t._result


def _wait_for(t, ms):
    try:
        done = yield from _until_done(t, ms)
    except core.CancelledError:
        t.cancel()
        raise
    if done:
        return _outcome(t)
    # Timed out: cancel the task and let it finish before going on.
    t.cancel()
    while t._result is core._PENDING:
        yield from _until_done(t, None)
    if isinstance(t._exc, core.CancelledError):
        raise core.TimeoutError
    return _outcome(t)


async def wait_for(aw, timeout):
    t = core._promote(aw)
    if timeout is None:
        return await t
    return await _wait_for(t, int(timeout * 1000))


async def wait_for_ms(aw, timeout):
    t = core._promote(aw)
    if timeout is None:
        return await t
    return await _wait_for(t, timeout)


# The gathering task sleeps once: a callback on each sub-task wakes it when
# the last one is done, or at the first error (without return_exceptions).
def _gather(ts, return_exceptions):
    if not return_exceptions:
        for t in ts:
            if t._exc is not None:
                raise t._exc
    tok = core._token()
    pending = 0

    def on_done(t):
        nonlocal pending
        pending -= 1
        if pending == 0 or t._exc is not None and not return_exceptions:
            core._wake(tok[0], tok[1], t)

    for t in ts:
        if t._result is core._PENDING:
            pending += 1
            core._wait_task(t, on_done)
    if pending:
        try:
            t = yield
        except core.CancelledError:
            for t in ts:
                t.cancel()
            raise
        if t._exc is not None and not return_exceptions:
            raise t._exc
    if return_exceptions:
        return [t._result if t._exc is None else t._exc for t in ts]
    return [t._result for t in ts]


async def gather(*aws, return_exceptions=False):
    ts = [core._promote(aw) for aw in aws]
    return await _gather(ts, return_exceptions)

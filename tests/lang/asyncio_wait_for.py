# asyncio.wait_for: results, timeouts (the task is cancelled and finishes
# before TimeoutError), timeout None, exceptions passed through.
import asyncio


async def slow(d, tag):
    try:
        await asyncio.sleep(d)
        print("finished", tag)
        return tag
    except asyncio.CancelledError:
        print("cancelled", tag)
        raise
    finally:
        print("cleanup", tag)


async def boom():
    await asyncio.sleep(0)
    raise KeyError("k")


async def main():
    print(await asyncio.wait_for(slow(0.01, "quick"), 0.2))
    try:
        await asyncio.wait_for(slow(0.3, "slow"), 0.02)
    except asyncio.TimeoutError:
        print("timeout")
    print(await asyncio.wait_for(slow(0.01, "none"), None))
    try:
        await asyncio.wait_for(boom(), 1)
    except KeyError as e:
        print("KeyError", e)
    t = asyncio.create_task(slow(0.3, "task"))
    try:
        await asyncio.wait_for(t, 0.01)
    except asyncio.TimeoutError:
        print("timeout task", t.done())
    # a task that ignores cancellation and returns a value
    async def stubborn():
        try:
            await asyncio.sleep(0.3)
        except asyncio.CancelledError:
            print("ignoring cancel")
        return "stubborn"
    try:
        print(await asyncio.wait_for(stubborn(), 0.01))
    except asyncio.TimeoutError:
        print("timeout stubborn")
    # wait_for itself cancelled: the inner task is cancelled too
    w = asyncio.create_task(asyncio.wait_for(slow(0.3, "inner"), 1))
    await asyncio.sleep(0.01)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("outer cancelled")
    await asyncio.sleep(0.01)
    try:
        raise asyncio.TimeoutError
    except TimeoutError:
        print("asyncio.TimeoutError is TimeoutError")


asyncio.run(main())

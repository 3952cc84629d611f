# A task's exception nobody waits for goes to the loop's exception handler
# (set_exception_handler / get_exception_handler / call_exception_handler).
import asyncio


async def fail(msg):
    await asyncio.sleep_ms(1)
    raise ValueError(msg)


def handler(loop, context):
    print("handler:", context["message"], repr(context["exception"]), context["future"] is bad)


async def main():
    global bad
    loop = asyncio.get_event_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    bad = asyncio.create_task(fail("unwatched"))
    await asyncio.sleep_ms(10)
    print("bad done", bad.done())
    # awaited, so not reported
    t = asyncio.create_task(fail("watched"))
    try:
        await t
    except ValueError as e:
        print("caught", e)
    # a cancelled task is not reported
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep_ms(1)
    t.cancel()
    await asyncio.sleep_ms(1)
    loop.call_exception_handler({"message": "by hand", "exception": KeyError(1), "future": bad})
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())


asyncio.run(main())

# Exceptions through tasks: raised by await, by asyncio.run, chained awaits,
# try/finally across awaits.
import asyncio


async def bad(n):
    await asyncio.sleep(0)
    if n == 0:
        raise ZeroDivisionError("deep")
    return await bad(n - 1)


async def cleanup():
    try:
        await asyncio.sleep(0.01)
        raise OSError(5, "io")
    finally:
        print("finally ran")


async def main():
    try:
        await bad(5)
    except ZeroDivisionError as e:
        print("caught", e)
    t = asyncio.create_task(bad(2))
    try:
        await t
    except ZeroDivisionError as e:
        print("task raised", e, t.done())
    try:
        await t
    except ZeroDivisionError:
        print("again")
    try:
        await cleanup()
    except OSError as e:
        print("OSError", e.args)
    raise KeyError("from main")


try:
    asyncio.run(main())
except KeyError as e:
    print("run raised", e)


async def ret_exc():
    return ValueError("returned, not raised")


print(repr(asyncio.run(ret_exc())))


async def system_exit():
    await asyncio.sleep(0)
    raise SystemExit(3)


try:
    asyncio.run(system_exit())
except SystemExit as e:
    print("SystemExit", e.args)

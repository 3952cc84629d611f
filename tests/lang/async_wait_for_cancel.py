# cancellation and wait_for timeouts (ordering only)
import asyncio
async def forever(log):
    try:
        while True:
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        log.append('cancelled')
        raise
async def quick():
    await asyncio.sleep(0)
    return 'quick'
async def main():
    log = []
    t = asyncio.create_task(forever(log))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('task cancelled', log)
    print(await asyncio.wait_for(quick(), 1))
    try:
        await asyncio.wait_for(forever(log), 0.01)
    except asyncio.TimeoutError:
        print('timeout', log)
    print(issubclass(asyncio.CancelledError, BaseException))
asyncio.run(main())

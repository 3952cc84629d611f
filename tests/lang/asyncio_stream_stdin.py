# asyncio.StreamReader over sys.stdin (readline, read, readexactly, the end
# of input) and StreamWriter over sys.stdout (write, drain).
import asyncio
import sys


async def main():
    r = asyncio.StreamReader(sys.stdin)
    w = asyncio.StreamWriter(sys.stdout)
    print(asyncio.StreamReader is asyncio.Stream, asyncio.StreamWriter is asyncio.Stream)
    line = await r.readline()
    print(repr(line))
    print(repr(await r.readline()))
    print(repr(await r.readexactly(5)))
    print(repr(await r.read(3)))
    print(repr(await r.readline()))
    w.write("written by the writer\n")
    await w.drain()
    # other tasks run while one reads
    log = []

    async def other():
        for i in range(3):
            log.append(i)
            await asyncio.sleep(0)

    t = asyncio.create_task(other())
    lines = []
    while True:
        l = await r.readline()
        if not l:
            break
        lines.append(l)
    await t
    print(lines, log)
    print(repr(await r.read(10)), repr(await r.readline()), repr(await r.read()))
    try:
        await r.readexactly(1)
    except EOFError:
        print("EOFError")


asyncio.run(main())

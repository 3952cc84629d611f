# asyncio is frozen into the firmware: importable without files, found
# through '.frozen' on sys.path; `import uasyncio` gives the same module.
import sys
import asyncio
import uasyncio

print(uasyncio is asyncio)
print(".frozen" in sys.path)
print(asyncio.__file__, asyncio.__path__)
print(asyncio.core.__file__, asyncio.core.__name__)
print(sys.modules["uasyncio"] is asyncio, sys.modules["asyncio.core"] is asyncio.core)
from uasyncio import sleep_ms, Event
print(sleep_ms is asyncio.sleep_ms, Event is asyncio.Event)
import asyncio.funcs
print(asyncio.funcs.gather is asyncio.gather)
from asyncio import lock
print(lock.Lock is asyncio.Lock)


async def main():
    await uasyncio.sleep_ms(1)
    return "uasyncio ran"


print(uasyncio.run(main()))
try:
    import uasyncio_nothere
except ImportError as e:
    print("ImportError", e)
try:
    import asyncio.nothere
except ImportError as e:
    print("ImportError", e)

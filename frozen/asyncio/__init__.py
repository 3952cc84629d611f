# asyncio: MicroPython's asyncio API (written in Python, frozen into the
# firmware). The scheduler is in core.py; gather / wait_for in funcs.py;
# Event, ThreadSafeFlag in event.py; Lock in lock.py; streams in stream.py.

from .core import CancelledError, TimeoutError, Task, Loop, create_task, current_task
from .core import sleep, sleep_ms, run, run_until_complete, get_event_loop, new_event_loop
from .funcs import gather, wait_for, wait_for_ms
from .event import Event, ThreadSafeFlag
from .lock import Lock
from .stream import Stream, StreamReader, StreamWriter

__version__ = (3, 0, 0)

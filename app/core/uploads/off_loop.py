"""Parsing an upload off the event loop: in a worker thread, a few at a time, within a
deadline. The loop keeps serving other requests (`/health` included) while a file is read.

`parse_off_loop(parse, content, seconds)` runs `parse(content, deadline)`; the parser calls
`deadline.check()` as it goes, and the caller gets 400 once the deadline has passed even if
the parser does not return (the thread is then left to finish on its own).
"""

import asyncio
import weakref
from collections.abc import Callable
from typing import TypeVar

import anyio
import anyio.to_thread

from app.core.uploads.limits import Deadline, too_slow

T = TypeVar("T")

CONCURRENT_PARSES = 2  # per worker process: more uploads wait their turn
GRACE_SECONDS = 0.5  # for a parser to notice its deadline before the caller stops waiting

_limiters: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, anyio.CapacityLimiter]" = (
    weakref.WeakKeyDictionary()
)


def _parse_limiter() -> anyio.CapacityLimiter:
    """One limiter per event loop (per worker process; tests run several loops)."""
    loop = asyncio.get_running_loop()
    limiter = _limiters.get(loop)
    if limiter is None:
        limiter = _limiters[loop] = anyio.CapacityLimiter(CONCURRENT_PARSES)
    return limiter


async def parse_off_loop(
    parse: Callable[[bytes, Deadline], T], content: bytes, seconds: float
) -> T:
    """`parse(content, deadline)` in a worker thread; 400 when it takes over `seconds`."""

    def run() -> T:
        return parse(content, Deadline(seconds))  # the clock starts when the thread does

    with anyio.move_on_after(seconds + GRACE_SECONDS):
        return await anyio.to_thread.run_sync(run, abandon_on_cancel=True, limiter=_parse_limiter())
    raise too_slow(seconds)

"""Parsing an upload off the event loop: in a pool of worker *processes* (two per server
process), so a parse neither blocks the loop nor competes with it for the GIL (in a thread,
openpyxl held the loop up to 200 ms at a time), and one that overruns its deadline can be
killed.

`parse_off_loop(parse, content, seconds)` runs `parse(content, deadline)` in the pool. The
parser calls `deadline.check()` as it goes (400 when it has passed); should it not return
within `seconds` (and a grace), the pool is killed and replaced, and the caller gets 400.
`parse` must be picklable: a module-level function, or a `functools.partial` of one.
An input error (`InvalidInput`) comes back as itself; a parse the pool could not finish
because another overran and took the pool down is 503 with `Retry-After`.
"""

import asyncio
import multiprocessing
import os
import threading
import time
import weakref
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

import anyio

from app.core.errors import InvalidInput, InvalidParam, ServiceUnavailable
from app.core.uploads.limits import Deadline, too_slow

T = TypeVar("T")

CONCURRENT_PARSES = 2  # per server process: more uploads wait their turn
GRACE_SECONDS = 0.5  # for a parser to notice its deadline before it is killed
RETRY_AFTER_SECONDS = 1

START_SECONDS = 60.0
PARENT_CHECK_SECONDS = 1.0  # how soon a parser process notices its server is gone

_pool: tuple[int, ProcessPoolExecutor] | None = None  # with the pid that made it
_preload: tuple[Callable[..., Any], ...] = ()
_warmed: ProcessPoolExecutor | None = None  # the pool whose processes all answered
_limiters: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, anyio.CapacityLimiter]" = (
    weakref.WeakKeyDictionary()
)


async def start_pool(*preload: Callable[..., Any]) -> None:
    """Start the worker processes and wait until each answers (at server start-up: the first
    uploads would otherwise wait for them to import their code, seconds on a busy machine).
    `preload`: functions importers will send (`interpret_table`'s `interpret`); each
    process imports their modules as it starts."""
    global _preload, _warmed
    _preload = preload
    pool = _parse_pool()
    if pool is _warmed:  # another app in this process started it (the tests make many)
        return
    loop = asyncio.get_running_loop()
    give_up = loop.time() + START_SECONDS
    answered: set[int] = set()
    while len(answered) < CONCURRENT_PARSES and loop.time() < give_up:
        held = [pool.submit(_hold, 0.1) for _ in range(CONCURRENT_PARSES)]
        answered.update(await asyncio.gather(*map(asyncio.wrap_future, held)))
    if len(answered) == CONCURRENT_PARSES:
        _warmed = pool


def _hold(seconds: float) -> int:
    """Keeps a process busy a moment, so the next task goes to another one."""
    time.sleep(seconds)
    return os.getpid()


def _imported(functions: tuple[Callable[..., Any], ...], server_pid: int) -> None:
    """The pool's initializer: unpickling `functions` imported their modules already. The
    process ends when the server process that started it is gone: uvicorn ends on SIGTERM
    by raising the signal again, so neither the lifespan's end nor the pool's exit handler
    runs, and its parsers would live on as orphans."""
    threading.Thread(target=_end_with, args=(server_pid,), daemon=True).start()


def _end_with(server_pid: int) -> None:
    while os.getppid() == server_pid:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(0)


def _parse_pool() -> ProcessPoolExecutor:
    global _pool
    if _pool is None or _pool[0] != os.getpid():
        context = multiprocessing.get_context("spawn")  # nothing of the server's state
        pool = ProcessPoolExecutor(
            CONCURRENT_PARSES,
            mp_context=context,
            initializer=_imported,
            initargs=(_preload, os.getpid()),
        )
        _pool = (os.getpid(), pool)
    return _pool[1]


def _kill_pool() -> None:
    global _pool
    if _pool is None:
        return
    pool = _pool[1]
    _pool = None
    for process in list(getattr(pool, "_processes", {}).values()):
        process.kill()
    pool.shutdown(wait=False, cancel_futures=True)


def _parse_limiter() -> anyio.CapacityLimiter:
    """As many parses in flight as the pool has processes: the deadline of each starts
    when a process is free for it. One limiter per event loop (tests run several)."""
    loop = asyncio.get_running_loop()
    limiter = _limiters.get(loop)
    if limiter is None:
        limiter = _limiters[loop] = anyio.CapacityLimiter(CONCURRENT_PARSES)
    return limiter


def _run(parse: Callable[[bytes, Deadline], Any], content: bytes, seconds: float) -> Any:
    """In the worker process: the result, or the input error as plain data."""
    try:
        return ("ok", parse(content, Deadline(seconds)))
    except InvalidInput as refused:
        params = [(param.name, param.reason) for param in refused.invalid_params]
        return ("refused", refused.detail, params)


async def parse_off_loop(
    parse: Callable[[bytes, Deadline], T], content: bytes, seconds: float
) -> T:
    """`parse(content, deadline)` in a worker process; 400 when it takes over `seconds`."""
    async with _parse_limiter():
        pool = _parse_pool()
        try:
            future = asyncio.wrap_future(pool.submit(_run, parse, content, seconds))
            outcome = await asyncio.wait_for(future, seconds + GRACE_SECONDS)
        except TimeoutError:
            _kill_pool()
            raise too_slow(seconds) from None
        except BrokenProcessPool:
            _kill_pool()
            raise ServiceUnavailable(
                "The file could not be read just now; send it again.", RETRY_AFTER_SECONDS
            ) from None
    if outcome[0] == "refused":
        _, detail, params = outcome
        raise InvalidInput(detail, invalid_params=[InvalidParam(*param) for param in params])
    result: T = outcome[1]
    return result

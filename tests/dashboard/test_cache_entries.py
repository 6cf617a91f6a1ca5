"""The overview cache's entries (app/dashboard/cache.py), without a database."""

import asyncio
import uuid
from datetime import date

from app.core.changes import Changes
from app.dashboard.cache import OverviewCache

ARNHEM = uuid.uuid4()
KEY = (ARNHEM, date(2026, 11, 23))


def notified_cache() -> tuple[OverviewCache[int], Changes]:
    changes = Changes()
    changes.connected()
    return OverviewCache(300, lambda _: (), changes), changes


async def test_under_a_stream_of_writes_waiting_requests_share_one_computation() -> None:
    cache, changes = notified_cache()
    computations: list[int] = []
    release = asyncio.Event()

    async def compute() -> int:
        computations.append(len(computations) + 1)
        number = len(computations)
        if number == 1:
            await release.wait()
        changes.note([ARNHEM], None)  # a write commits while each computation runs
        return number

    first = asyncio.create_task(cache.get_or_compute(KEY, None, compute))
    await asyncio.sleep(0)  # the first computation has begun
    waiting = [asyncio.create_task(cache.get_or_compute(KEY, None, compute)) for _ in range(5)]
    await asyncio.sleep(0)
    release.set()

    results = await asyncio.gather(first, *waiting)

    # The first computation began before the others arrived, so they compute again, once,
    # together: a computation that began after a request arrived holds every write committed
    # before it. (Queued one by one, each would compute for itself, six in all.)
    assert results == [1, 2, 2, 2, 2, 2]
    assert computations == [1, 2]


async def test_an_entry_older_than_a_write_is_computed_again() -> None:
    cache, changes = notified_cache()
    values = iter([1, 2])

    async def compute() -> int:
        return next(values)

    before = await cache.get_or_compute(KEY, None, compute)
    cached = await cache.get_or_compute(KEY, None, compute)
    changes.note([ARNHEM], None)
    after = await cache.get_or_compute(KEY, None, compute)

    assert (before, cached, after) == (1, 1, 2)


async def test_nothing_is_kept_while_the_notifications_do_not_arrive_and_no_stamp_is_given() -> (
    None
):
    cache, changes = notified_cache()
    changes.disconnected()
    values = iter([1, 2])

    async def compute() -> int:
        return next(values)

    assert await cache.get_or_compute(KEY, None, compute) == 1
    assert await cache.get_or_compute(KEY, None, compute) == 2

"""A municipality's overview rows, kept per worker process until its stamp changes.

An entry holds every row of a municipality for a day (filters, the regievoerder's scope,
sorting and pages are applied to it per request). Each request first reads the stamp (one
query, `queries/stempel.py`): any write that the overview can show changes it, so the next
request recomputes. As a safety net against a write that commits with an earlier audit time
than one already seen, an entry is also recomputed once it is `max_age` seconds old. Requests
for a municipality whose entry is being computed wait for it instead of computing it again.
"""

import asyncio
import time
import uuid
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date
from typing import Generic, TypeVar

from app.dashboard.queries.stempel import Stempel

T = TypeVar("T")
Key = tuple[uuid.UUID, date]


@dataclass(frozen=True)
class Entry(Generic[T]):
    stamp: Stempel
    made: float
    value: T


class OverviewCache(Generic[T]):
    def __init__(self, max_age_seconds: float, max_entries: int = 2_000) -> None:
        self.max_age = max_age_seconds
        self.max_entries = max_entries
        self._entries: OrderedDict[Key, Entry[T]] = OrderedDict()
        self._locks: dict[Key, asyncio.Lock] = {}

    @property
    def enabled(self) -> bool:
        return self.max_age > 0

    def _fresh(self, key: Key, stamp: Stempel) -> T | None:
        entry = self._entries.get(key)
        if entry is None or entry.stamp != stamp or time.monotonic() - entry.made > self.max_age:
            return None
        self._entries.move_to_end(key)
        return entry.value

    async def get_or_compute(
        self, key: Key, stamp: Stempel, compute: Callable[[], Awaitable[T]]
    ) -> T:
        """The entry for `key` if it was made under this stamp, else `compute()`'s result,
        stored (one computation at a time per key)."""
        found = self._fresh(key, stamp)
        if found is not None:
            return found
        lock = self._locks.setdefault(key, asyncio.Lock())
        async with lock:
            found = self._fresh(key, stamp)
            if found is not None:
                return found
            value = await compute()
            self._entries[key] = Entry(stamp, time.monotonic(), value)
            self._entries.move_to_end(key)
            while len(self._entries) > self.max_entries:
                evicted, _ = self._entries.popitem(last=False)
                self._locks.pop(evicted, None)
            return value

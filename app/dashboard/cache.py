"""A municipality's overview rows, kept per worker process while nothing they show changed.

An entry holds every row of a municipality for a day (filters, the regievoerder's scope,
sorting and pages are applied to it per request). Whether it is still current is known one
of two ways:
- on PostgreSQL, while the worker hears every process's writes (app/core/changes.py), without
  a query: the entry remembers the point in the history of changes at which its computation
  began, and is current while no write since touched the municipality or one of its parties;
- otherwise by a stamp read per request (one query, `queries/stamp.py`) that changes with
  any write the overview can show.
As a safety net against a write that leaves no trace either way, an entry is also recomputed
once it is `max_age` seconds old. Requests for a municipality whose entry is being computed
wait for it instead of computing it again.
"""

import asyncio
import time
import uuid
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Generic, TypeVar

from app.core.changes import Changes
from app.dashboard.queries.stamp import Stempel

T = TypeVar("T")
Key = tuple[uuid.UUID, date]
Validity = Stempel | int  # the stamp read before computing, or the mark of the change history


@dataclass(frozen=True)
class Entry(Generic[T]):
    validity: Validity
    parties: frozenset[uuid.UUID]
    started: float  # when its computation began: it holds every write committed before
    made: float
    value: T


class OverviewCache(Generic[T]):
    def __init__(
        self,
        max_age_seconds: float,
        parties_of: Callable[[T], Iterable[uuid.UUID]],
        changes: Changes | None = None,
        max_entries: int = 2_000,
    ) -> None:
        self.max_age = max_age_seconds
        self.parties_of = parties_of
        self.changes = changes or Changes()
        self.max_entries = max_entries
        self._entries: OrderedDict[Key, Entry[T]] = OrderedDict()
        self._locks: dict[Key, asyncio.Lock] = {}

    @property
    def enabled(self) -> bool:
        return self.max_age > 0

    @property
    def notified(self) -> bool:
        """Whether entries can be trusted without a stamp (the change notifications arrive)."""
        return self.enabled and self.changes.live

    def current(self, key: Key, stamp: Stempel | None = None) -> T | None:
        """The entry for `key` if it is current: by the change notifications when it was
        made under them, else by `stamp`."""
        entry = self._entries.get(key)
        if entry is None or time.monotonic() - entry.made > self.max_age:
            return None
        if isinstance(entry.validity, int):
            if not self.changes.unchanged_since(entry.validity, key[0], entry.parties):
                return None
        elif entry.validity != stamp:
            return None
        self._entries.move_to_end(key)
        return entry.value

    async def get_or_compute(
        self, key: Key, stamp: Stempel | None, compute: Callable[[], Awaitable[T]]
    ) -> T:
        """The current entry for `key`, else `compute()`'s result, stored (one computation at a
        time per key). `stamp` is None while the change notifications arrive.

        A request that waited for another's computation takes its result if that computation
        began after the request arrived, even when a write came in meanwhile: it holds every
        write committed before the request, which is all a request may ask for. So under a
        stream of writes the waiting requests share one computation instead of queueing for
        one each."""
        arrived = time.monotonic()
        found = self.current(key, stamp)
        if found is not None:
            return found
        lock = self._locks.setdefault(key, asyncio.Lock())
        async with lock:
            found = self.current(key, stamp)
            if found is not None:
                return found
            entry = self._entries.get(key)
            if entry is not None and entry.started > arrived:
                return entry.value
            validity: Validity | None = stamp if stamp is not None else self._mark()
            started = time.monotonic()
            value = await compute()
            if validity is not None:
                self._store(key, validity, started, value)
            return value

    def _mark(self) -> int | None:
        return self.changes.mark() if self.changes.live else None

    def _store(self, key: Key, validity: Validity, started: float, value: T) -> None:
        parties = frozenset(self.parties_of(value))
        entry = Entry(validity, parties, started, time.monotonic(), value)
        self._entries[key] = entry
        self._entries.move_to_end(key)
        while len(self._entries) > self.max_entries:
            evicted, _ = self._entries.popitem(last=False)
            self._locks.pop(evicted, None)

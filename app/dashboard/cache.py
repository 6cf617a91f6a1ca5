"""A municipality's overview, kept per worker process with the versions it was computed at.

Whether an entry is current is decided by the versions read from the database on every
request (queries/versies.py), never by what this worker may or may not have heard: an entry
serves a request when it was computed at versions at least as new as the ones the request
read. Otherwise it is computed again, reusing the rows of every party whose version did not
change (the caller's `compute` gets the entry before). One computation at a time per
municipality: requests that waited for another's computation take its result when it covers
the versions they read. An entry older than `max_age` seconds is computed afresh as a whole
(a safety net for a write that left no audit event).
"""

import asyncio
import time
import uuid
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Generic, Protocol, TypeVar

from app.dashboard.queries.versies import Versies
from app.dashboard.shared import SharedCache


class Versioned(Protocol):
    @property
    def versies(self) -> Versies: ...


T = TypeVar("T", bound=Versioned)


class OverviewCache(Generic[T]):
    def __init__(self, max_age_seconds: float, max_entries: int = 2_000) -> None:
        self.max_age = max_age_seconds
        self.max_entries = max_entries
        self._entries: OrderedDict[uuid.UUID, tuple[float, T]] = OrderedDict()
        self._locks: dict[uuid.UUID, asyncio.Lock] = {}
        self.shared = SharedCache()  # the parties' shared columns, for every municipality

    @property
    def enabled(self) -> bool:
        return self.max_age > 0

    def _usable(self, key: uuid.UUID) -> T | None:
        found = self._entries.get(key)
        if found is None or time.monotonic() - found[0] > self.max_age:
            return None
        return found[1]

    def peek(self, key: uuid.UUID) -> T | None:
        """The entry for `key` as it stands, whatever its versions (the caller compares)."""
        return self._usable(key)

    def _covering(self, key: uuid.UUID, versies: Versies) -> T | None:
        entry = self._usable(key)
        if entry is None or not entry.versies.covers(versies):
            return None
        self._entries.move_to_end(key)
        return entry

    async def get(
        self, key: uuid.UUID, versies: Versies, compute: Callable[[T | None], Awaitable[T]]
    ) -> T:
        """The entry for `key` if it covers `versies`, else `compute(entry before or None)`'s
        result, stored."""
        found = self._covering(key, versies)
        if found is not None:
            return found
        lock = self._locks.setdefault(key, asyncio.Lock())
        async with lock:
            found = self._covering(key, versies)
            if found is not None:
                return found
            before = self._usable(key)
            made = time.monotonic() if before is None else self._entries[key][0]
            value = await compute(before)
            self._store(key, made, value)
            return value

    def _store(self, key: uuid.UUID, made: float, value: T) -> None:
        self._entries[key] = (made, value)
        self._entries.move_to_end(key)
        while len(self._entries) > self.max_entries:
            evicted, _ = self._entries.popitem(last=False)
            self._locks.pop(evicted, None)

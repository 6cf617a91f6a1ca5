"""The party page's norm cards, kept per worker process by the party's data version.

Norms and measurements are data of the party: every write on them leaves an audit event that
names the party, and that bumps the party's version in the same transaction
(app/core/versions.py). The page reads the version before the cards' data, so cards computed
after reading version v hold at least every write up to v; a request reuses them only when it
read that same version on the same day, and computes them afresh otherwise. As the
dashboard's cache (app/dashboard/cache.py), an entry older than `max_age` seconds is computed
afresh (a safety net for a write that left no audit event); 0 computes on every request.
"""

import time
import uuid
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import versions
from app.web.views.partij import NormKaart

MAX_PARTIES = 256  # about 20 cards with a chart of a few kB each per party


@dataclass(frozen=True)
class _Entry:
    made: float
    versie: int
    dag: date
    kaarten: list[NormKaart]


@dataclass
class NormCardCache:
    max_age: float
    max_entries: int = MAX_PARTIES
    _entries: OrderedDict[uuid.UUID, _Entry] = field(default_factory=OrderedDict)

    async def cards(
        self,
        session: AsyncSession,
        party_id: uuid.UUID,
        dag: date,
        compute: Callable[[], Awaitable[list[NormKaart]]],
    ) -> list[NormKaart]:
        """The party's cards on `dag`: the ones kept for its current version, or `compute()`'s
        (read after the version, so they are at least that new), kept."""
        if self.max_age <= 0:
            return await compute()
        versie = (await versions.read(session, [party_id]))[party_id]
        now = time.monotonic()
        entry = self._entries.get(party_id)
        fresh = entry is not None and now - entry.made <= self.max_age
        if entry is not None and fresh and (entry.versie, entry.dag) == (versie, dag):
            self._entries.move_to_end(party_id)
            return entry.kaarten
        kaarten = await compute()
        self._entries[party_id] = _Entry(now, versie, dag, kaarten)
        self._entries.move_to_end(party_id)
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)
        return kaarten

"""What the party page shows of a party's shared data — the norm cards, the partner's
reports, the Wgr documents — kept per worker process by the party's data version.

That data is the same for every participant, and every write on it leaves an audit event
that names the party, which bumps the party's version in the same transaction
(app/core/versions.py). The page reads the version before the data, so parts computed after
reading version v hold at least every write up to v; a request reuses them only when it read
that same version on the same day, and computes them afresh otherwise. As the dashboard's
cache (app/dashboard/cache.py), an entry older than `max_age` seconds is computed afresh (a
safety net for a write that left no audit event); 0 computes on every request. The parts are
plain values (no database objects), so requests can share them.
"""

import time
import uuid
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import versions
from app.core.pagination import PageOf
from app.rapportages.schemas import RapportageSamenvatting
from app.web.views.partij import NormKaart
from app.wgr.schemas import DocumentRead

MAX_PARTIES = 256  # about 20 cards with a chart of a few kB each per party


@dataclass(frozen=True)
class GedeeldeDelen:
    """The parts of the party page that every participant sees alike."""

    normen: list[NormKaart]
    rapportages: PageOf[RapportageSamenvatting]
    documenten: PageOf[DocumentRead]


@dataclass(frozen=True)
class _Entry:
    made: float
    versie: int
    dag: date
    delen: GedeeldeDelen


@dataclass
class SharedPartsCache:
    max_age: float
    max_entries: int = MAX_PARTIES
    _entries: OrderedDict[uuid.UUID, _Entry] = field(default_factory=OrderedDict)

    async def parts(
        self,
        session: AsyncSession,
        party_id: uuid.UUID,
        dag: date,
        compute: Callable[[], Awaitable[GedeeldeDelen]],
    ) -> GedeeldeDelen:
        """The party's shared parts on `dag`: the ones kept for its current version, or
        `compute()`'s (read after the version, so at least that new), kept. The caller has
        checked that the person may see the party."""
        if self.max_age <= 0:
            return await compute()
        versie = (await versions.read(session, [party_id]))[party_id]
        now = time.monotonic()
        entry = self._entries.get(party_id)
        fresh = entry is not None and now - entry.made <= self.max_age
        if entry is not None and fresh and (entry.versie, entry.dag) == (versie, dag):
            self._entries.move_to_end(party_id)
            return entry.delen
        delen = await compute()
        self._entries[party_id] = _Entry(now, versie, dag, delen)
        self._entries.move_to_end(party_id)
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)
        return delen

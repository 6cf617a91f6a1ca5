"""What a party's overview row shows of its shared data (what the partner pushed: the norms'
outcomes and timeliness; the Wgr documents received), computed once for all its participants.

A party has ~6 participants; each one's overview shows the same shared columns. They are kept
per worker by (party, the party's version, day): a version is bumped by every write on the
party, so an entry is current exactly while its key is, and a write on one party makes the
first participant that asks compute that party's shared columns again, for the others too.
"""

import uuid
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from app.dashboard.queries import normen, timeliness, wgr
from app.dashboard.queries.normen import KwartaalScore
from app.dashboard.queries.timeliness import NormGroep, Ontvangst
from app.dashboard.rules import wgr_jaren
from app.dashboard.scope import PartySet
from app.dashboard.timeliness import window
from app.wgr.calendar import DocumentSoort

MAX_PARTIES = 20_000


@dataclass(frozen=True)
class Gedeeld:
    """One party's shared columns' rows."""

    normen: Mapping[int, KwartaalScore]
    norm_groepen: Sequence[NormGroep]
    ontvangsten: Sequence[Ontvangst]
    wgr_ontvangen: dict[tuple[DocumentSoort, int], date]


Key = tuple[uuid.UUID, int, date]


class SharedCache:
    def __init__(self, max_parties: int = MAX_PARTIES) -> None:
        self.max_parties = max_parties
        self._entries: OrderedDict[Key, Gedeeld] = OrderedDict()

    def get(self, key: Key) -> Gedeeld | None:
        found = self._entries.get(key)
        if found is not None:
            self._entries.move_to_end(key)
        return found

    def put(self, key: Key, value: Gedeeld) -> None:
        self._entries[key] = value
        while len(self._entries) > self.max_parties:
            self._entries.popitem(last=False)


async def shared_rows(
    session: AsyncSession,
    scope: PartySet,
    versions: Mapping[uuid.UUID, int] | None = None,
    cache: SharedCache | None = None,
) -> dict[uuid.UUID, Gedeeld]:
    """Each party's shared rows: from `cache` for the parties whose version it holds, the
    others computed with four queries for all of them."""
    found: dict[uuid.UUID, Gedeeld] = {}
    if cache is not None and versions is not None:
        for party in scope.ids:
            if party in versions and (hit := cache.get((party, versions[party], scope.today))):
                found[party] = hit
    missing = [party for party in scope.ids if party not in found]
    if missing:
        computed = await _compute(session, scope.narrowed(missing))
        for party, value in computed.items():
            found[party] = value
            if cache is not None and versions is not None and party in versions:
                cache.put((party, versions[party], scope.today), value)
    return found


async def _compute(session: AsyncSession, scope: PartySet) -> dict[uuid.UUID, Gedeeld]:
    van, tot = window(scope.today)
    scores = await normen.quarter_scores(session, scope)
    groups = await timeliness.norm_groups(session, scope)
    receipts = await timeliness.first_receipts(session, scope, van.start, tot.end)
    documents = await wgr.receipts(session, scope, wgr_jaren(scope.today))
    groups_of: dict[uuid.UUID, list[NormGroep]] = {}
    for group in groups:
        groups_of.setdefault(group.partij, []).append(group)
    receipts_of: dict[uuid.UUID, list[Ontvangst]] = {}
    for receipt in receipts:
        receipts_of.setdefault(receipt.partij, []).append(receipt)
    documents_of: dict[uuid.UUID, dict[tuple[DocumentSoort, int], date]] = {}
    for (party, soort, jaar), first in documents.items():
        documents_of.setdefault(party, {})[(soort, jaar)] = first
    return {
        party: Gedeeld(
            scores.get(party, {}),
            groups_of.get(party, []),
            receipts_of.get(party, []),
            documents_of.get(party, {}),
        )
        for party in scope.ids
    }

"""The overview of a scope: the parties, then every column group's query once, then one row
per party.

The number of queries is fixed (sixteen: the parties, thirteen column groups and two for the
key ratios; one when the scope holds no party or every row is reused), whatever the number
of parties: each column group is one set-based query over all the parties whose rows are
computed.
"""

import uuid
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.dashboard.assemble import Groepen, overview_row
from app.dashboard.queries import (
    acties,
    begroting,
    dossier,
    oordelen,
    partijen,
    regievoerders,
    risicos,
    ronde,
    wgr,
)
from app.dashboard.queries.partijen import Partij
from app.dashboard.queries.regievoerders import Regievoerder
from app.dashboard.rules import wgr_jaren
from app.dashboard.schemas import DashboardRij
from app.dashboard.scope import PartySet, Scope
from app.dashboard.shared import Gedeeld, SharedCache, shared_rows
from app.dashboard.timeliness import late_and_missing
from app.iv3.service import red_ratios
from app.wgr.calendar import DocumentSoort

# The parties' versions and the cache of their shared columns (shared.py).
SharedSource = tuple[Mapping[uuid.UUID, int], SharedCache]


@dataclass(frozen=True)
class OverzichtRegel:
    """A party's overview row with what the filters need that the row does not show."""

    partij: Partij
    rij: DashboardRij
    regievoerder_ids: frozenset[uuid.UUID]
    regievoerders: tuple[Regievoerder, ...] = ()
    groepen: Groepen | None = None  # what the row was assembled from


async def scope_rows(
    session: AsyncSession,
    scope: Scope,
    reuse: Mapping[uuid.UUID, OverzichtRegel] | None = None,
    shared: SharedSource | None = None,
    delivered: Mapping[uuid.UUID, OverzichtRegel] | None = None,
    known_parties: list[Partij] | None = None,
) -> list[OverzichtRegel]:
    """Each party in scope, by name, with its overview row: taken from `reuse` when it holds
    the party (its row is known to be current), computed otherwise. The column groups' queries
    run once for all the parties computed, and not at all when every row is reused. `shared`
    gives the parties' versions and the cache of their shared columns (shared.py).
    `delivered` holds the rows before of the parties whose partner alone delivered since:
    only their shared columns are computed again, the municipality's own ones kept.
    `known_parties`: the parties in scope, by name, when the caller knows them current."""
    reuse = reuse or {}
    kept = {party: regel.groepen for party, regel in (delivered or {}).items() if regel.groepen}
    parties = known_parties or await partijen.parties(session, scope)
    fresh = [partij for partij in parties if partij.id not in reuse]
    missing = [partij for partij in fresh if partij.id not in kept]
    redone = [partij for partij in fresh if partij.id in kept]
    computed = await _rows(session, scope, missing, shared) if missing else {}
    if redone:
        computed |= await _redelivered(session, scope, redone, kept, shared)
    return [computed.get(partij.id) or reuse[partij.id] for partij in parties]


async def _rows(
    session: AsyncSession, scope: Scope, parties: list[Partij], shared: SharedSource | None
) -> dict[uuid.UUID, OverzichtRegel]:
    party_set = PartySet.of(session, scope, [partij.id for partij in parties])
    groepen = await _groups(session, party_set, parties, shared)
    return {partij.id: _regel(partij, groepen) for partij in parties}


def _regel(partij: Partij, groepen: Groepen) -> OverzichtRegel:
    regievoerders = groepen.regievoerders.get(partij.id, [])
    return OverzichtRegel(
        partij,
        overview_row(partij, groepen),
        frozenset(r.id for r in regievoerders),
        tuple(regievoerders),
        groepen,
    )


async def _redelivered(
    session: AsyncSession,
    scope: Scope,
    parties: list[Partij],
    kept: Mapping[uuid.UUID, Groepen],
    shared: SharedSource | None,
) -> dict[uuid.UUID, OverzichtRegel]:
    """The rows of parties whose partner alone delivered since their rows were made: the
    shared columns again (from the cache when another participant already computed them),
    the others from the column groups `kept` that those rows were assembled from."""
    party_set = PartySet.of(session, scope, [partij.id for partij in parties])
    gedeeld = await _shared(session, party_set, parties, shared)
    return {partij.id: _regel(partij, replace(kept[partij.id], **gedeeld)) for partij in parties}


async def _shared(
    session: AsyncSession, scope: PartySet, parties: list[Partij], shared: SharedSource | None
) -> dict[str, Any]:
    """The column groups of what the parties' partners deliver, as `Groepen` fields."""
    versions, cache = shared if shared else (None, None)
    gedeeld: dict[uuid.UUID, Gedeeld] = await shared_rows(session, scope, versions, cache)
    norm_groups = [group for found in gedeeld.values() for group in found.norm_groepen]
    receipts = [receipt for found in gedeeld.values() for receipt in found.ontvangsten]
    terms = {partij.id: partij.rapportagetermijn_dagen for partij in parties}
    return {
        "normen": {party: found.normen for party, found in gedeeld.items()},
        "tijdigheid": late_and_missing(norm_groups, receipts, terms, scope.today),
        "wgr_ontvangen": {party: found.wgr_ontvangen for party, found in gedeeld.items()},
    }


async def _groups(
    session: AsyncSession, scope: PartySet, parties: list[Partij], shared: SharedSource | None
) -> Groepen:
    today = scope.today
    current_round = await ronde.current_round(session, scope)
    gedeeld = await _shared(session, scope, parties, shared)
    return Groepen(
        today=today,
        regievoerders=await regievoerders.regievoerders(session, scope),
        oordelen=await oordelen.latest_ratings(session, scope),
        ronde=current_round,
        ronde_rapporten=await ronde.round_reports(session, scope, current_round.periode),
        begrotingen=await begroting.budgets(session, scope, today.year),
        acties=await acties.action_counts(session, scope),
        risicos=await risicos.largest_risks(session, scope),
        wgr_eigen=await wgr.own_dates(session, scope),
        kengetallen_rood=await red_ratios(
            session, scope.organisatie_id, [partij.id for partij in parties]
        ),
        dossier=await dossier.dossier_states(session, scope),
        **gedeeld,
    )


async def wgr_receipts_by_party(
    session: AsyncSession, scope: PartySet, today: date
) -> dict[uuid.UUID, dict[tuple[DocumentSoort, int], date]]:
    """The first receipts of the Wgr documents of `wgr_jaren(today)`, by party."""
    by_party: dict[uuid.UUID, dict[tuple[DocumentSoort, int], date]] = defaultdict(dict)
    for (party_id, soort, jaar), first in (
        await wgr.receipts(session, scope, wgr_jaren(today))
    ).items():
        by_party[party_id][(soort, jaar)] = first
    return by_party

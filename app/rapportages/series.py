"""The recent course of every norm of many parties at once (the MT report; dashboards).

Like `summaries`, it takes party ids and trusts the caller to have checked that they are
visible: norms and measurements are shared by every participant of a party.
"""

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.periods import Periode
from app.rapportages import repository
from app.servicenormen import service as normen
from app.servicenormen.outcomes import Uitkomst, judge
from app.servicenormen.terms import NormTerms


@dataclass(frozen=True)
class Punt:
    """One period's current measurement of a norm and its outcome (None: no version in force)."""

    periode: Periode
    waarde: Decimal
    uitkomst: Uitkomst | None


@dataclass(frozen=True)
class Reeks:
    """A norm with its versions and its latest points, oldest period first."""

    norm: NormTerms
    punten: tuple[Punt, ...]


async def norm_series_of_parties(
    session: AsyncSession,
    party_ids: Collection[uuid.UUID],
    eind_van: date,
    eind_tot: date,
    max_punten: int,
) -> dict[uuid.UUID, list[Reeks]]:
    """Per party every norm (by code) with its current measurements of the periods ending from
    `eind_van` to `eind_tot`, the last `max_punten` of each, judged against the version in
    force in their period. A norm without measurements has no points. Three queries whatever
    the number of parties."""
    norms = await normen.norms_of_parties(session, party_ids)
    norm_ids = [norm.id for found in norms.values() for norm in found]
    rows = await repository.current_metingen_of_norms(session, norm_ids, eind_van, eind_tot)
    points: dict[uuid.UUID, list[tuple[Periode, Decimal]]] = {}
    for meting in rows:  # ordered by norm and period
        points.setdefault(meting.servicenorm_id, []).append(
            (Periode.parse(meting.periode), meting.waarde)
        )
    return {
        party_id: [_series(norm, points.get(norm.id, [])[-max_punten:]) for norm in found]
        for party_id, found in norms.items()
    }


def _series(norm: NormTerms, measured: list[tuple[Periode, Decimal]]) -> Reeks:
    return Reeks(
        norm,
        tuple(
            Punt(periode, waarde, judge(norm.versies, periode.start, waarde))
            for periode, waarde in measured
        ),
    )

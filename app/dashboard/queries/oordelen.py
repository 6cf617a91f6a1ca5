"""The ratings of each party's latest approved status report and of the approved one before."""

import uuid
from dataclasses import dataclass
from functools import cache

from sqlalchemy import bindparam, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.dashboard.scope import AnySelect, PartySet, in_scope
from app.voortgang.content import ASPECTEN, Oordeel
from app.voortgang.models import Voortgangsrapportage as Verslag
from app.voortgang.workflow import RapportageStatus

ASPECT_COLUMNS = tuple(getattr(Verslag, f"{aspect}_oordeel") for aspect in ASPECTEN)


@dataclass(frozen=True, slots=True)
class Beoordeling:
    """One approved report's ratings, in the order of `ASPECTEN`."""

    periode: str
    oordelen: tuple[Oordeel | None, ...]


@dataclass(frozen=True, slots=True)
class Beoordelingen:
    laatste: Beoordeling
    vorige: Beoordeling | None


@cache
def _statement(as_array: bool) -> AnySelect:
    """ROW_NUMBER per party, newest half-year first (half-years sort as text: `2025-H2` <
    `2026-H1`); the first two."""
    rang = (
        func.row_number()
        .over(partition_by=Verslag.verbonden_partij_id, order_by=Verslag.periode.desc())
        .label("rang")
    )
    ranked = (
        select(Verslag.verbonden_partij_id, Verslag.periode, *ASPECT_COLUMNS, rang)
        .where(
            Verslag.organisatie_id == bindparam("organisatie_id"),
            Verslag.status == RapportageStatus.GOEDGEKEURD,
            in_scope(Verslag.verbonden_partij_id, as_array),
        )
        .subquery()
    )
    return select(ranked).where(ranked.c.rang <= 2).order_by(ranked.c.rang)


async def latest_ratings(session: AsyncSession, scope: PartySet) -> dict[uuid.UUID, Beoordelingen]:
    """Per party, the municipality's two most recent approved status reports (drafts,
    submitted and returned reports do not count). One query."""
    result: dict[uuid.UUID, Beoordelingen] = {}
    rows = await session.execute(_statement(scope.as_array), scope.params())
    for row in rows.all():
        party_id, periode, *ratings, rang = row
        beoordeling = Beoordeling(periode, tuple(ratings))
        if rang == 1:
            result[party_id] = Beoordelingen(beoordeling, None)
        else:
            result[party_id] = Beoordelingen(result[party_id].laatste, beoordeling)
    return result

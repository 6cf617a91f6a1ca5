"""Whether each party's partner reported its norms on time: the rows `timeliness_between`
judges per norm, fetched grouped, so a party's hundreds of (norm, period) pairs arrive as a
handful of rows (norms that share a frequency and start date, reports that share a receipt)."""

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

from sqlalchemy import Subquery, bindparam, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.periods import Granulariteit
from app.dashboard.scope import AnySelect, PartySet, in_scope
from app.rapportages.models import Meting, Rapportage
from app.servicenormen.models import Servicenorm, ServicenormVersie


@dataclass(frozen=True, slots=True)
class NormGroep:
    """Norms of a party with one frequency whose first version starts on one day."""

    partij: uuid.UUID
    frequentie: Granulariteit
    vanaf: date
    aantal: int


@dataclass(frozen=True, slots=True)
class Ontvangst:
    """How many norms of a group were first received for a period at one moment."""

    partij: uuid.UUID
    frequentie: Granulariteit
    vanaf: date
    periode: str
    eerst: datetime
    aantal: int


def _norms(as_array: bool) -> Subquery:
    return (
        select(
            Servicenorm.id.label("norm"),
            Servicenorm.verbonden_partij_id.label("partij"),
            Servicenorm.frequentie.label("frequentie"),
            func.min(ServicenormVersie.geldig_vanaf).label("vanaf"),
        )
        .join(ServicenormVersie, ServicenormVersie.servicenorm_id == Servicenorm.id)
        .where(in_scope(Servicenorm.verbonden_partij_id, as_array))
        .group_by(Servicenorm.id, Servicenorm.verbonden_partij_id, Servicenorm.frequentie)
        .subquery("normen")
    )


@cache
def _groups(as_array: bool) -> AnySelect:
    n = _norms(as_array).c
    return select(n.partij, n.frequentie, n.vanaf, func.count()).group_by(
        n.partij, n.frequentie, n.vanaf
    )


async def norm_groups(session: AsyncSession, scope: PartySet) -> list[NormGroep]:
    """The parties' norms, counted per frequency and first day in force. One query."""
    rows = await session.execute(_groups(scope.as_array), scope.params())
    return [NormGroep(*row) for row in rows.all()]


@cache
def _first_receipts(as_array: bool) -> AnySelect:
    n = _norms(as_array).c
    per_norm = (
        select(
            n.partij,
            n.frequentie,
            n.vanaf,
            Meting.periode.label("periode"),
            func.min(Rapportage.ontvangen_op).label("eerst"),
        )
        .join(Meting, Meting.servicenorm_id == n.norm)
        .join(Rapportage, Rapportage.id == Meting.rapportage_id)
        .where(
            Meting.periode_eind >= bindparam("eind_van"),
            Meting.periode_eind <= bindparam("eind_tot"),
        )
        .group_by(n.norm, n.partij, n.frequentie, n.vanaf, Meting.periode)
        .subquery("eerste")
    )
    e = per_norm.c
    return select(e.partij, e.frequentie, e.vanaf, e.periode, e.eerst, func.count()).group_by(
        e.partij, e.frequentie, e.vanaf, e.periode, e.eerst
    )


async def first_receipts(
    session: AsyncSession, scope: PartySet, eind_van: date, eind_tot: date
) -> list[Ontvangst]:
    """When each (norm, period) ending within the range first arrived (over all revisions),
    counted per norm group, period and moment. One query."""
    params = scope.params(eind_van=eind_van, eind_tot=eind_tot)
    rows = await session.execute(_first_receipts(scope.as_array), params)
    return [Ontvangst(*row) for row in rows.all()]

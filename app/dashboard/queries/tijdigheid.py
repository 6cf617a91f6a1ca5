"""Whether each party's partner reported its norms on time: the rows `timeliness_between`
judges per norm, fetched grouped, so a party's hundreds of (norm, period) pairs arrive as a
handful of rows (norms that share a frequency and start date, reports that share a receipt)."""

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Subquery, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.periods import Granulariteit
from app.dashboard.scope import PartySet
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


def _norms(scope: PartySet) -> Subquery:
    return (
        select(
            Servicenorm.id.label("norm"),
            Servicenorm.verbonden_partij_id.label("partij"),
            Servicenorm.frequentie.label("frequentie"),
            func.min(ServicenormVersie.geldig_vanaf).label("vanaf"),
        )
        .join(ServicenormVersie, ServicenormVersie.servicenorm_id == Servicenorm.id)
        .where(scope.contains(Servicenorm.verbonden_partij_id))
        .group_by(Servicenorm.id, Servicenorm.verbonden_partij_id, Servicenorm.frequentie)
        .subquery("normen")
    )


async def norm_groups(session: AsyncSession, scope: PartySet) -> list[NormGroep]:
    """The parties' norms, counted per frequency and first day in force. One query."""
    n = _norms(scope).c
    statement = select(n.partij, n.frequentie, n.vanaf, func.count()).group_by(
        n.partij, n.frequentie, n.vanaf
    )
    return [NormGroep(*row) for row in (await session.execute(statement)).all()]


async def first_receipts(
    session: AsyncSession, scope: PartySet, eind_van: date, eind_tot: date
) -> list[Ontvangst]:
    """When each (norm, period) ending within the range first arrived (over all revisions),
    counted per norm group, period and moment. One query."""
    n = _norms(scope).c
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
        .where(Meting.periode_eind >= eind_van, Meting.periode_eind <= eind_tot)
        .group_by(n.norm, n.partij, n.frequentie, n.vanaf, Meting.periode)
        .subquery("eerste")
    )
    e = per_norm.c
    statement = select(e.partij, e.frequentie, e.vanaf, e.periode, e.eerst, func.count()).group_by(
        e.partij, e.frequentie, e.vanaf, e.periode, e.eerst
    )
    return [Ontvangst(*row) for row in (await session.execute(statement)).all()]

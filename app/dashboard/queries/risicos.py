"""The municipality's largest current risk per party (as `largest_risks` ranks them)."""

import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.dashboard.scope import PartySet
from app.risicos.models import Risico, RisicoStatus


@dataclass(frozen=True, slots=True)
class GrootsteRisico:
    omschrijving: str
    kans: int
    impact: int
    financiele_omvang: Decimal | None
    aantal: int  # the party's current risks (open or beheerst)


async def largest_risks(session: AsyncSession, scope: PartySet) -> dict[uuid.UUID, GrootsteRisico]:
    """Per party its largest open or beheerst risk: highest score, then the largest exposure
    (unknown last), then the oldest, the order of `app.risicos.summaries.largest_risks`.
    One query."""
    partition = Risico.verbonden_partij_id
    rang = func.row_number().over(
        partition_by=partition,
        order_by=(
            (Risico.kans * Risico.impact).desc(),
            Risico.financiele_omvang.desc().nulls_last(),
            Risico.aangemaakt_op,
            Risico.id,
        ),
    )
    ranked = (
        select(
            Risico.verbonden_partij_id.label("partij"),
            Risico.omschrijving,
            Risico.kans,
            Risico.impact,
            Risico.financiele_omvang,
            func.count().over(partition_by=partition).label("aantal"),
            rang.label("rang"),
        )
        .where(
            Risico.organisatie_id == scope.organisatie_id,
            Risico.status != RisicoStatus.VERVALLEN,
            scope.contains(Risico.verbonden_partij_id),
        )
        .subquery()
    )
    r = ranked.c
    statement = select(
        r.partij, r.omschrijving, r.kans, r.impact, r.financiele_omvang, r.aantal
    ).where(r.rang == 1)
    return {
        row.partij: GrootsteRisico(
            row.omschrijving, row.kans, row.impact, row.financiele_omvang, row.aantal
        )
        for row in (await session.execute(statement)).all()
    }

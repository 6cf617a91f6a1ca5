"""The municipality's largest current risk per party (as `largest_risks` ranks them)."""

import uuid
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from sqlalchemy import bindparam, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.dashboard.scope import AnySelect, PartySet, in_scope
from app.risicos.models import Risico, RisicoStatus


@dataclass(frozen=True, slots=True)
class GrootsteRisico:
    omschrijving: str
    kans: int
    impact: int
    financiele_omvang: Decimal | None
    aantal: int  # the party's current risks (open or beheerst)


@cache
def _statement(as_array: bool) -> AnySelect:
    """Highest score, then the largest exposure (unknown last), then the oldest: the order
    of `app.risicos.summaries.largest_risks`."""
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
            Risico.organisatie_id == bindparam("organisatie_id"),
            Risico.status != RisicoStatus.VERVALLEN,
            in_scope(Risico.verbonden_partij_id, as_array),
        )
        .subquery()
    )
    r = ranked.c
    return select(r.partij, r.omschrijving, r.kans, r.impact, r.financiele_omvang, r.aantal).where(
        r.rang == 1
    )


async def largest_risks(session: AsyncSession, scope: PartySet) -> dict[uuid.UUID, GrootsteRisico]:
    """Per party its largest open or beheerst risk, and how many it has. One query."""
    rows = await session.execute(_statement(scope.as_array), scope.params())
    return {
        row.partij: GrootsteRisico(
            row.omschrijving, row.kans, row.impact, row.financiele_omvang, row.aantal
        )
        for row in rows.all()
    }

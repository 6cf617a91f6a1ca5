"""Every query on risks: always one municipality's, of parties it takes part in."""

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.principal import Principal
from app.risicos.models import Risico, RisicoStatus
from app.verbonden_partijen.visibility import readable_party

# Largest first: the score, then the money at stake (unknown last), then the oldest.
LARGEST_FIRST: tuple[Any, ...] = (
    (Risico.kans * Risico.impact).desc(),
    Risico.financiele_omvang.desc().nulls_last(),
    Risico.aangemaakt_op,
    Risico.id,
)


def risicos_of_party(
    organisatie_id: uuid.UUID, party_id: uuid.UUID, status: RisicoStatus | None
) -> Select[Risico]:
    statement = select(Risico).where(
        Risico.organisatie_id == organisatie_id, Risico.verbonden_partij_id == party_id
    )
    if status is not None:
        statement = statement.where(Risico.status == status)
    return statement.order_by(*LARGEST_FIRST)


async def risico(
    session: AsyncSession, principal: Principal, risico_id: uuid.UUID
) -> Risico | None:
    statement = select(Risico).where(
        Risico.id == risico_id,
        Risico.organisatie_id == principal.tenant_id,
        readable_party(Risico.verbonden_partij_id, principal),
    )
    return (await session.execute(statement)).scalar_one_or_none()


async def largest(
    session: AsyncSession, organisatie_id: uuid.UUID, party_id: uuid.UUID, limit: int
) -> list[Risico]:
    statement = (
        select(Risico)
        .where(
            Risico.organisatie_id == organisatie_id,
            Risico.verbonden_partij_id == party_id,
            Risico.status != RisicoStatus.VERVALLEN,
        )
        .order_by(*LARGEST_FIRST)
        .limit(limit)
    )
    return list((await session.execute(statement)).scalars())


async def material_of_parties(
    session: AsyncSession,
    organisatie_id: uuid.UUID,
    party_ids: Sequence[uuid.UUID],
    min_score: int,
    per_party: int,
) -> list[Risico]:
    """The municipality's current risks scoring at least `min_score`, at most `per_party` of
    each party, largest first; one query whatever the number of parties."""
    ranked = (
        select(
            Risico.id.label("risico_id"),
            func.row_number()
            .over(partition_by=Risico.verbonden_partij_id, order_by=LARGEST_FIRST)
            .label("rang"),
        )
        .where(
            Risico.organisatie_id == organisatie_id,
            Risico.verbonden_partij_id.in_(party_ids),
            Risico.status != RisicoStatus.VERVALLEN,
            Risico.kans * Risico.impact >= min_score,
        )
        .subquery()
    )
    statement = (
        select(Risico)
        .join(ranked, ranked.c.risico_id == Risico.id)
        .where(ranked.c.rang <= per_party)
        .order_by(Risico.verbonden_partij_id, ranked.c.rang)
    )
    return list((await session.execute(statement)).scalars())

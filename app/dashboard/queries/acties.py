"""The municipality's unfinished and overdue actions per party (as `action_summary` counts)."""

import uuid
from dataclasses import dataclass

from sqlalchemy import and_, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.dashboard.scope import PartySet
from app.verbeterplan.models import AanbevelingPartij, Actie
from app.verbeterplan.overdue import UNFINISHED


@dataclass(frozen=True, slots=True)
class ActieTelling:
    open: int
    achterstallig: int


async def action_counts(session: AsyncSession, scope: PartySet) -> dict[uuid.UUID, ActieTelling]:
    """Per party the unfinished actions of recommendations linked to it, and how many of them
    are past their planned date (`overdue.is_overdue`). One query."""
    overdue = and_(Actie.planning.is_not(None), Actie.planning < scope.today)
    statement = (
        select(AanbevelingPartij.verbonden_partij_id, func.count(), func.count().filter(overdue))
        .join(Actie, Actie.aanbeveling_id == AanbevelingPartij.aanbeveling_id)
        .where(
            Actie.organisatie_id == scope.organisatie_id,
            Actie.status.in_(sorted(UNFINISHED)),
            scope.contains(AanbevelingPartij.verbonden_partij_id),
        )
        .group_by(AanbevelingPartij.verbonden_partij_id)
    )
    return {
        party_id: ActieTelling(unfinished, late)
        for party_id, unfinished, late in (await session.execute(statement)).all()
    }

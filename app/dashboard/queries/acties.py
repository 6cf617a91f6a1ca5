"""The municipality's unfinished and overdue actions per party (as `action_summary` counts)."""

import uuid
from dataclasses import dataclass
from functools import cache

from sqlalchemy import and_, bindparam, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.dashboard.scope import AnySelect, PartySet, in_scope
from app.verbeterplan.models import AanbevelingPartij, Actie
from app.verbeterplan.overdue import UNFINISHED


@dataclass(frozen=True, slots=True)
class ActieTelling:
    open: int
    achterstallig: int


@cache
def _statement(as_array: bool) -> AnySelect:
    overdue = and_(Actie.planning.is_not(None), Actie.planning < bindparam("vandaag"))
    return (
        select(AanbevelingPartij.verbonden_partij_id, func.count(), func.count().filter(overdue))
        .join(Actie, Actie.aanbeveling_id == AanbevelingPartij.aanbeveling_id)
        .where(
            Actie.organisatie_id == bindparam("organisatie_id"),
            Actie.status.in_(sorted(UNFINISHED)),
            in_scope(AanbevelingPartij.verbonden_partij_id, as_array),
        )
        .group_by(AanbevelingPartij.verbonden_partij_id)
    )


async def action_counts(session: AsyncSession, scope: PartySet) -> dict[uuid.UUID, ActieTelling]:
    """Per party the unfinished actions of recommendations linked to it, and how many of them
    are past their planned date (`overdue.is_overdue`). One query."""
    rows = await session.execute(_statement(scope.as_array), scope.params(vandaag=scope.today))
    return {party_id: ActieTelling(unfinished, late) for party_id, unfinished, late in rows.all()}

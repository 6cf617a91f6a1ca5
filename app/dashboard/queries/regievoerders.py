"""The municipality's regievoerders of each party in scope."""

import uuid
from dataclasses import dataclass
from functools import cache

from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.models import Gebruiker
from app.dashboard.scope import AnySelect, PartySet, in_scope
from app.verbonden_partijen.models import RegievoerderToewijzing


@dataclass(frozen=True, slots=True)
class Regievoerder:
    id: uuid.UUID
    naam: str


@cache
def _statement(as_array: bool) -> AnySelect:
    return (
        select(RegievoerderToewijzing.verbonden_partij_id, Gebruiker.id, Gebruiker.naam)
        .join(Gebruiker, Gebruiker.id == RegievoerderToewijzing.gebruiker_id)
        .where(
            RegievoerderToewijzing.organisatie_id == bindparam("organisatie_id"),
            in_scope(RegievoerderToewijzing.verbonden_partij_id, as_array),
        )
        .order_by(Gebruiker.naam, Gebruiker.id)
    )


async def regievoerders(
    session: AsyncSession, scope: PartySet
) -> dict[uuid.UUID, list[Regievoerder]]:
    """Per party its regievoerders of this municipality, by name. One query."""
    result: dict[uuid.UUID, list[Regievoerder]] = {}
    rows = await session.execute(_statement(scope.as_array), scope.params())
    for party_id, gebruiker_id, naam in rows.all():
        result.setdefault(party_id, []).append(Regievoerder(gebruiker_id, naam))
    return result

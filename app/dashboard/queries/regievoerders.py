"""The municipality's regievoerders of each party in scope."""

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.models import Gebruiker
from app.dashboard.scope import PartySet
from app.verbonden_partijen.models import RegievoerderToewijzing


@dataclass(frozen=True, slots=True)
class Regievoerder:
    id: uuid.UUID
    naam: str


async def regievoerders(
    session: AsyncSession, scope: PartySet
) -> dict[uuid.UUID, list[Regievoerder]]:
    """Per party its regievoerders of this municipality, by name. One query."""
    statement = (
        select(RegievoerderToewijzing.verbonden_partij_id, Gebruiker.id, Gebruiker.naam)
        .join(Gebruiker, Gebruiker.id == RegievoerderToewijzing.gebruiker_id)
        .where(
            RegievoerderToewijzing.organisatie_id == scope.organisatie_id,
            scope.contains(RegievoerderToewijzing.verbonden_partij_id),
        )
        .order_by(Gebruiker.naam, Gebruiker.id)
    )
    result: dict[uuid.UUID, list[Regievoerder]] = {}
    for party_id, gebruiker_id, naam in (await session.execute(statement)).all():
        result.setdefault(party_id, []).append(Regievoerder(gebruiker_id, naam))
    return result

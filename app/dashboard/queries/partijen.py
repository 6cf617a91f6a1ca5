"""The parties in scope with the municipality's share in each (the rows of the overview)."""

import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from app.dashboard.scope import Scope
from app.verbonden_partijen.models import BbvCategorie, Deelname, Rechtsvorm, VerbondenPartij


@dataclass(frozen=True, slots=True)
class Partij:
    id: uuid.UUID
    naam: str
    bbv_categorie: BbvCategorie
    rechtsvorm: Rechtsvorm
    monitoringsniveau: int
    rapportagetermijn_dagen: int
    verdeelsleutel: Decimal | None


async def parties(session: AsyncSession, scope: Scope) -> list[Partij]:
    """The parties in scope, by name. One query."""
    statement = scope.select_parties(
        VerbondenPartij.id,
        VerbondenPartij.naam,
        VerbondenPartij.bbv_categorie,
        VerbondenPartij.rechtsvorm,
        VerbondenPartij.monitoringsniveau,
        VerbondenPartij.rapportagetermijn_dagen,
        Deelname.aandeel,
    ).order_by(VerbondenPartij.naam, VerbondenPartij.id)
    return [Partij(*row) for row in (await session.execute(statement)).all()]

"""The parties in scope with the municipality's share in each (the rows of the overview)."""

import uuid
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from sqlalchemy.ext.asyncio import AsyncSession

from app.dashboard.scope import AnySelect, Scope, select_parties
from app.verbonden_partijen.models import BbvCategorie, Deelname, Rechtsvorm, VerbondenPartij

COLUMNS = (
    VerbondenPartij.id,
    VerbondenPartij.naam,
    VerbondenPartij.bbv_categorie,
    VerbondenPartij.rechtsvorm,
    VerbondenPartij.monitoringsniveau,
    VerbondenPartij.rapportagetermijn_dagen,
    Deelname.aandeel,
)


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
    statement = _statement(scope.party_id is not None, scope.directed_by is not None)
    return [Partij(*row) for row in (await session.execute(statement, scope.params())).all()]


@cache
def _statement(one_party: bool, directed: bool) -> AnySelect:
    return select_parties(COLUMNS, one_party, directed).order_by(
        VerbondenPartij.naam, VerbondenPartij.id
    )

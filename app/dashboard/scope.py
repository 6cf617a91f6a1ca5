"""Which parties a dashboard request covers: a municipality's active participations (or one
party, for the drill-down), then their ids as one bound parameter for every column group."""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, Uuid, any_, bindparam, or_, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.principal import Principal
from app.auth.roles import Rol
from app.verbonden_partijen.models import Deelname, RegievoerderToewijzing, VerbondenPartij
from app.verbonden_partijen.visibility import party_ids_directed_by


@dataclass(frozen=True)
class Scope:
    """A municipality's parties on a day: its participations in parties that have not ended
    (participation and party both), or one party it takes part in (the drill-down, active or
    not), narrowed to a regievoerder's own parties when `directed_by` is set."""

    organisatie_id: uuid.UUID
    today: date
    party_id: uuid.UUID | None = None
    directed_by: uuid.UUID | None = None

    @classmethod
    def of(cls, principal: Principal, today: date, party_id: uuid.UUID | None = None) -> "Scope":
        """The caller's municipality; a regievoerder only sees the parties it directs."""
        directed = principal.gebruiker_id if principal.rol is Rol.REGIEVOERDER else None
        return cls(principal.tenant_id, today, party_id, directed)

    def select_parties(self, *columns: Any) -> Select[Any]:
        """`columns` of the parties in scope and of the municipality's participation in them."""
        statement = (
            select(*columns)
            .select_from(Deelname)
            .join(VerbondenPartij, VerbondenPartij.id == Deelname.verbonden_partij_id)
            .where(Deelname.organisatie_id == self.organisatie_id)
        )
        if self.party_id is not None:
            statement = statement.where(VerbondenPartij.id == self.party_id)
        else:
            statement = statement.where(
                or_(VerbondenPartij.einddatum.is_(None), VerbondenPartij.einddatum >= self.today),
                or_(Deelname.einddatum.is_(None), Deelname.einddatum >= self.today),
            )
        if self.directed_by is not None:
            directed = party_ids_directed_by(self.directed_by).where(
                RegievoerderToewijzing.organisatie_id == self.organisatie_id
            )
            statement = statement.where(VerbondenPartij.id.in_(directed))
        return statement


@dataclass(frozen=True)
class PartySet:
    """The ids of the parties in scope, as the column groups filter on them.

    On PostgreSQL one array parameter (`= ANY($1)`): the statement text stays the same
    whatever the number of parties (one prepared statement), and the planner sees the ids, so
    it looks each party up in its index instead of scanning a table. SQLite has no arrays and
    gets `IN (…)`.
    """

    organisatie_id: uuid.UUID
    today: date
    ids: Sequence[uuid.UUID]
    as_array: bool

    @classmethod
    def of(cls, session: AsyncSession, scope: Scope, ids: Sequence[uuid.UUID]) -> "PartySet":
        postgres = session.get_bind().dialect.name == "postgresql"
        return cls(scope.organisatie_id, scope.today, list(ids), postgres)

    def contains(self, column: Any) -> ColumnElement[bool]:
        """`column` (a party id) is one of the parties in scope."""
        if self.as_array:
            ids = bindparam("partij_ids", list(self.ids), type_=ARRAY(Uuid()))
            return column == any_(ids)  # type: ignore[no-any-return]
        return column.in_(self.ids)  # type: ignore[no-any-return]

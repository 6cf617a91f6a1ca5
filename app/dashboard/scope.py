"""Which parties a dashboard request covers: a municipality's active participations (or one
party, for the drill-down), then their ids as one bound parameter for every column group."""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import BindParameter, ColumnElement, Select, Uuid, bindparam, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.principal import Principal
from app.auth.roles import Rol
from app.core.sql_lists import one_of, uses_arrays
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

    def params(self) -> dict[str, Any]:
        """The bound parameters of `select_parties`."""
        return {
            "organisatie_id": self.organisatie_id,
            "vandaag": self.today,
            "partij_id": self.party_id,
            "gebruiker_id": self.directed_by,
        }


# Any statement, whatever its columns.
AnySelect = Select[*tuple[Any, ...]]


@cache
def select_parties(columns: tuple[Any, ...], one_party: bool, directed: bool) -> AnySelect:
    """`columns` of the parties in scope and of the municipality's participation in them;
    built once per kind of scope, run with `Scope.params()`."""
    statement = (
        select(*columns)
        .select_from(Deelname)
        .join(VerbondenPartij, VerbondenPartij.id == Deelname.verbonden_partij_id)
        .where(Deelname.organisatie_id == bindparam("organisatie_id"))
    )
    if one_party:
        statement = statement.where(VerbondenPartij.id == bindparam("partij_id"))
    else:
        today: BindParameter[date] = bindparam("vandaag")
        statement = statement.where(
            or_(VerbondenPartij.einddatum.is_(None), VerbondenPartij.einddatum >= today),
            or_(Deelname.einddatum.is_(None), Deelname.einddatum >= today),
        )
    if directed:
        own = party_ids_directed_by(bindparam("gebruiker_id")).where(  # type: ignore[arg-type]
            RegievoerderToewijzing.organisatie_id == bindparam("organisatie_id")
        )
        statement = statement.where(VerbondenPartij.id.in_(own))
    return statement


PARTY_IDS = "partij_ids"


def in_scope(column: Any, as_array: bool) -> ColumnElement[bool]:
    """`column` (a party id) is one of the parties in scope: the bound parameter `partij_ids`,
    one array on PostgreSQL (app/core/sql_lists.py)."""
    return one_of(column, Uuid(), as_array=as_array, name=PARTY_IDS)


@dataclass(frozen=True)
class PartySet:
    """The parties in scope, for the column groups' statements. The statements are built once
    per database kind (`as_array`) with bound parameters, and run with `params()`."""

    organisatie_id: uuid.UUID
    today: date
    ids: Sequence[uuid.UUID]
    as_array: bool

    @classmethod
    def of(cls, session: AsyncSession, scope: Scope, ids: Sequence[uuid.UUID]) -> "PartySet":
        return cls(scope.organisatie_id, scope.today, list(ids), uses_arrays(session))

    def params(self, **extra: Any) -> dict[str, Any]:
        return {PARTY_IDS: list(self.ids), "organisatie_id": self.organisatie_id, **extra}

    def narrowed(self, ids: Sequence[uuid.UUID]) -> "PartySet":
        """The same scope for only these parties."""
        return PartySet(self.organisatie_id, self.today, list(ids), self.as_array)

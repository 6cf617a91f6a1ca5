"""Which parties a dashboard request covers, as one SQL subquery every column group reuses."""

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, or_, select

from app.auth.principal import Principal
from app.auth.roles import Rol
from app.verbonden_partijen.models import (
    BbvCategorie,
    Deelname,
    RegievoerderToewijzing,
    VerbondenPartij,
)
from app.verbonden_partijen.visibility import party_ids_directed_by


@dataclass(frozen=True)
class PartijFilters:
    """The overview's filters that narrow the parties in SQL (attention and sort come later)."""

    bbv_categorie: BbvCategorie | None = None
    monitoringsniveau: int | None = None
    regievoerder_id: uuid.UUID | None = None
    zoek: str | None = None


@dataclass(frozen=True)
class Scope:
    """A municipality's parties on a day: its active participations in parties that have not
    ended, narrowed to one party (drill-down), to a regievoerder's own parties, or by filters."""

    organisatie_id: uuid.UUID
    today: date
    filters: PartijFilters = PartijFilters()
    directed_by: uuid.UUID | None = None  # a regievoerder caller: only the parties they direct
    party_id: uuid.UUID | None = None  # the drill-down: this party, active or not

    @classmethod
    def of(
        cls,
        principal: Principal,
        today: date,
        filters: PartijFilters = PartijFilters(),
        party_id: uuid.UUID | None = None,
    ) -> "Scope":
        directed = principal.gebruiker_id if principal.rol is Rol.REGIEVOERDER else None
        return cls(principal.tenant_id, today, filters, directed, party_id)

    def party_ids(self) -> Select[Any]:
        """The ids of the parties in scope, for `column.in_(scope.party_ids())`."""
        return self.select_parties(Deelname.verbonden_partij_id)

    def select_parties(self, *columns: Any) -> Select[Any]:
        """`columns` of the parties in scope and of the municipality's participation in them."""
        statement = (
            select(*columns)
            .select_from(Deelname)
            .join(VerbondenPartij, VerbondenPartij.id == Deelname.verbonden_partij_id)
            .where(Deelname.organisatie_id == self.organisatie_id)
        )
        return self._narrowed(statement)

    def _narrowed(self, statement: Select[Any]) -> Select[Any]:
        if self.party_id is not None:
            statement = statement.where(VerbondenPartij.id == self.party_id)
        else:
            statement = statement.where(
                or_(VerbondenPartij.einddatum.is_(None), VerbondenPartij.einddatum >= self.today),
                or_(Deelname.einddatum.is_(None), Deelname.einddatum >= self.today),
            )
        if self.directed_by is not None:
            statement = statement.where(VerbondenPartij.id.in_(self._directed(self.directed_by)))
        filters = self.filters
        if filters.bbv_categorie is not None:
            statement = statement.where(VerbondenPartij.bbv_categorie == filters.bbv_categorie)
        if filters.monitoringsniveau is not None:
            statement = statement.where(
                VerbondenPartij.monitoringsniveau == filters.monitoringsniveau
            )
        if filters.regievoerder_id is not None:
            statement = statement.where(
                VerbondenPartij.id.in_(self._directed(filters.regievoerder_id))
            )
        if filters.zoek:
            statement = statement.where(
                VerbondenPartij.naam.icontains(filters.zoek, autoescape=True)
            )
        return statement

    def _directed(self, gebruiker_id: uuid.UUID) -> Select[Any]:
        """The parties this account directs for this municipality (another municipality's
        regievoerder of a shared party does not count)."""
        return party_ids_directed_by(gebruiker_id).where(
            RegievoerderToewijzing.organisatie_id == self.organisatie_id
        )

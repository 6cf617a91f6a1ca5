"""Every query on parties, participations and regievoerder assignments."""

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, delete, exists, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.models import Gebruiker
from app.auth.principal import Principal
from app.auth.roles import Rol
from app.organisaties.models import Organisatie
from app.verbonden_partijen.models import (
    BbvCategorie,
    Deelname,
    RegievoerderToewijzing,
    VerbondenPartij,
)
from app.verbonden_partijen.visibility import party_ids_directed_by, readable_party


@dataclass(frozen=True)
class PartijFilter:
    bbv_categorie: BbvCategorie | None = None
    actief: bool | None = None
    monitoringsniveau: int | None = None
    zoek: str | None = None
    alleen_eigen: bool = False  # a regievoerder's own parties only


def readable_parties(
    principal: Principal, filters: PartijFilter, on: date
) -> Select[VerbondenPartij]:
    statement = select(VerbondenPartij).where(readable_party(VerbondenPartij.id, principal))
    if filters.alleen_eigen and principal.gebruiker_id is not None:
        statement = statement.where(
            VerbondenPartij.id.in_(party_ids_directed_by(principal.gebruiker_id))
        )
    if filters.bbv_categorie is not None:
        statement = statement.where(VerbondenPartij.bbv_categorie == filters.bbv_categorie)
    if filters.monitoringsniveau is not None:
        statement = statement.where(VerbondenPartij.monitoringsniveau == filters.monitoringsniveau)
    if filters.actief is not None:
        active = or_(VerbondenPartij.einddatum.is_(None), VerbondenPartij.einddatum >= on)
        statement = statement.where(active if filters.actief else ~active)
    if filters.zoek:
        statement = statement.where(
            or_(
                VerbondenPartij.naam.icontains(filters.zoek, autoescape=True),
                VerbondenPartij.vestigingsplaats.icontains(filters.zoek, autoescape=True),
                VerbondenPartij.openbaar_belang.icontains(filters.zoek, autoescape=True),
            )
        )
    return statement.order_by(VerbondenPartij.naam, VerbondenPartij.id)


async def readable_party_by_id(
    session: AsyncSession, principal: Principal, party_id: uuid.UUID
) -> VerbondenPartij | None:
    statement = select(VerbondenPartij).where(
        VerbondenPartij.id == party_id, readable_party(VerbondenPartij.id, principal)
    )
    return (await session.execute(statement)).scalar_one_or_none()


async def deelnames_of(
    session: AsyncSession, party_id: uuid.UUID
) -> list[tuple[Deelname, Organisatie]]:
    statement = (
        select(Deelname, Organisatie)
        .join(Organisatie, Organisatie.id == Deelname.organisatie_id)
        .where(Deelname.verbonden_partij_id == party_id)
        .order_by(Organisatie.naam, Deelname.id)
    )
    return [(deelname, org) for deelname, org in (await session.execute(statement)).all()]


async def readable_deelname(
    session: AsyncSession, principal: Principal, deelname_id: uuid.UUID
) -> tuple[Deelname, Organisatie] | None:
    statement = (
        select(Deelname, Organisatie)
        .join(Organisatie, Organisatie.id == Deelname.organisatie_id)
        .where(Deelname.id == deelname_id, readable_party(Deelname.verbonden_partij_id, principal))
    )
    row = (await session.execute(statement)).one_or_none()
    return None if row is None else (row[0], row[1])


async def deelname_exists(
    session: AsyncSession, party_id: uuid.UUID, organisatie_id: uuid.UUID
) -> bool:
    statement = select(
        exists().where(
            Deelname.verbonden_partij_id == party_id, Deelname.organisatie_id == organisatie_id
        )
    )
    return bool((await session.execute(statement)).scalar())


async def regievoerders_of(
    session: AsyncSession, organisatie_id: uuid.UUID, party_id: uuid.UUID
) -> list[Gebruiker]:
    statement = (
        select(Gebruiker)
        .join(RegievoerderToewijzing, RegievoerderToewijzing.gebruiker_id == Gebruiker.id)
        .where(
            RegievoerderToewijzing.organisatie_id == organisatie_id,
            RegievoerderToewijzing.verbonden_partij_id == party_id,
        )
        .order_by(Gebruiker.naam, Gebruiker.id)
    )
    return list((await session.execute(statement)).scalars())


async def regievoerder_accounts(
    session: AsyncSession, organisatie_id: uuid.UUID, ids: list[uuid.UUID]
) -> list[Gebruiker]:
    """Those of `ids` that are active regievoerders of the municipality."""
    statement = select(Gebruiker).where(
        Gebruiker.id.in_(ids),
        Gebruiker.organisatie_id == organisatie_id,
        Gebruiker.rol == Rol.REGIEVOERDER,
        Gebruiker.actief.is_(True),
    )
    return list((await session.execute(statement)).scalars())


async def assignments_of(
    session: AsyncSession, organisatie_id: uuid.UUID, party_id: uuid.UUID
) -> list[RegievoerderToewijzing]:
    statement = select(RegievoerderToewijzing).where(
        RegievoerderToewijzing.organisatie_id == organisatie_id,
        RegievoerderToewijzing.verbonden_partij_id == party_id,
    )
    return list((await session.execute(statement)).scalars())


async def remove_assignments(
    session: AsyncSession, organisatie_id: uuid.UUID, party_id: uuid.UUID
) -> None:
    await session.execute(
        delete(RegievoerderToewijzing).where(
            RegievoerderToewijzing.organisatie_id == organisatie_id,
            RegievoerderToewijzing.verbonden_partij_id == party_id,
        )
    )


async def is_assigned(session: AsyncSession, gebruiker_id: uuid.UUID, party_id: uuid.UUID) -> bool:
    statement = select(
        exists().where(
            RegievoerderToewijzing.gebruiker_id == gebruiker_id,
            RegievoerderToewijzing.verbonden_partij_id == party_id,
        )
    )
    return bool((await session.execute(statement)).scalar())


async def parties_directed_by(
    session: AsyncSession, gebruiker_id: uuid.UUID
) -> list[VerbondenPartij]:
    statement = (
        select(VerbondenPartij)
        .where(VerbondenPartij.id.in_(party_ids_directed_by(gebruiker_id)))
        .order_by(VerbondenPartij.naam, VerbondenPartij.id)
    )
    return list((await session.execute(statement)).scalars())


async def party_by_id(session: AsyncSession, party_id: uuid.UUID) -> VerbondenPartij | None:
    return await session.get(VerbondenPartij, party_id)


async def organisation_exists(session: AsyncSession, organisatie_id: uuid.UUID) -> bool:
    statement = select(exists().where(Organisatie.id == organisatie_id))
    return bool((await session.execute(statement)).scalar())


async def is_current_participant(
    session: AsyncSession, party_id: uuid.UUID, organisatie_id: uuid.UUID, on: date
) -> bool:
    """The organisation takes part in the party and its participation has not ended."""
    statement = select(
        exists().where(
            Deelname.verbonden_partij_id == party_id,
            Deelname.organisatie_id == organisatie_id,
            or_(Deelname.einddatum.is_(None), Deelname.einddatum >= on),
        )
    )
    return bool((await session.execute(statement)).scalar())

"""Every query on reporting rounds, and the registry facts a round's overview needs."""

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.models import Gebruiker
from app.verbonden_partijen.models import (
    BbvCategorie,
    Deelname,
    RegievoerderToewijzing,
    VerbondenPartij,
)
from app.voortgang.models import Rapportageronde


def rounds_of(organisatie_id: uuid.UUID, periode: str | None) -> Select[Rapportageronde]:
    statement = select(Rapportageronde).where(Rapportageronde.organisatie_id == organisatie_id)
    if periode is not None:
        statement = statement.where(Rapportageronde.periode == periode)
    return statement.order_by(Rapportageronde.periode.desc(), Rapportageronde.id)


async def round_by_id(
    session: AsyncSession, organisatie_id: uuid.UUID, ronde_id: uuid.UUID
) -> Rapportageronde | None:
    statement = select(Rapportageronde).where(
        Rapportageronde.id == ronde_id, Rapportageronde.organisatie_id == organisatie_id
    )
    return (await session.execute(statement)).scalar_one_or_none()


@dataclass(frozen=True)
class PartijRegel:
    id: uuid.UUID
    naam: str
    monitoringsniveau: int
    bbv_categorie: BbvCategorie


async def reporting_parties(
    session: AsyncSession, organisatie_id: uuid.UUID, levels: list[int], start: date, end: date
) -> list[PartijRegel]:
    """The parties of these tiers that the municipality takes part in during [start, end]."""
    statement = (
        select(
            VerbondenPartij.id,
            VerbondenPartij.naam,
            VerbondenPartij.monitoringsniveau,
            VerbondenPartij.bbv_categorie,
        )
        .join(Deelname, Deelname.verbonden_partij_id == VerbondenPartij.id)
        .where(
            Deelname.organisatie_id == organisatie_id,
            VerbondenPartij.monitoringsniveau.in_(levels),
            or_(VerbondenPartij.einddatum.is_(None), VerbondenPartij.einddatum >= start),
            or_(VerbondenPartij.begindatum.is_(None), VerbondenPartij.begindatum <= end),
            or_(Deelname.einddatum.is_(None), Deelname.einddatum >= start),
            or_(Deelname.begindatum.is_(None), Deelname.begindatum <= end),
        )
        .order_by(VerbondenPartij.naam, VerbondenPartij.id)
    )
    rows = (await session.execute(statement)).all()
    return [PartijRegel(row.id, row.naam, row.monitoringsniveau, row.bbv_categorie) for row in rows]


async def regievoerders_by_party(
    session: AsyncSession, organisatie_id: uuid.UUID, party_ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[tuple[uuid.UUID, str]]]:
    """The municipality's regievoerders of each party, in one query."""
    statement = (
        select(RegievoerderToewijzing.verbonden_partij_id, Gebruiker.id, Gebruiker.naam)
        .join(Gebruiker, Gebruiker.id == RegievoerderToewijzing.gebruiker_id)
        .where(
            RegievoerderToewijzing.organisatie_id == organisatie_id,
            RegievoerderToewijzing.verbonden_partij_id.in_(party_ids),
        )
        .order_by(Gebruiker.naam, Gebruiker.id)
    )
    result: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = {}
    for party_id, gebruiker_id, naam in (await session.execute(statement)).all():
        result.setdefault(party_id, []).append((gebruiker_id, naam))
    return result

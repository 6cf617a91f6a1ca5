"""Every query on dossier documents: a party's shared ones, and the caller's own."""

import uuid
from collections.abc import Sequence

from sqlalchemy import ColumnElement, Select, delete, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.dossier.models import Dossierbestand, Dossiersoort, Dossierstuk, DossierZichtbaarheid


def visible_to(organisatie_id: uuid.UUID) -> ColumnElement[bool]:
    """Shared documents, and those the municipality keeps itself."""
    return or_(
        Dossierstuk.zichtbaarheid == DossierZichtbaarheid.GEDEELD,
        Dossierstuk.organisatie_id == organisatie_id,
    )


def documents_of_party(
    organisatie_id: uuid.UUID,
    party_id: uuid.UUID,
    soort: Dossiersoort | None,
    zichtbaarheid: DossierZichtbaarheid | None,
) -> Select[Dossierstuk]:
    statement = select(Dossierstuk).where(
        Dossierstuk.verbonden_partij_id == party_id, visible_to(organisatie_id)
    )
    if soort is not None:
        statement = statement.where(Dossierstuk.soort == soort)
    if zichtbaarheid is not None:
        statement = statement.where(Dossierstuk.zichtbaarheid == zichtbaarheid)
    return statement.order_by(Dossierstuk.soort, Dossierstuk.titel, Dossierstuk.id)


async def document(
    session: AsyncSession, organisatie_id: uuid.UUID, party_id: uuid.UUID, stuk_id: uuid.UUID
) -> Dossierstuk | None:
    statement = select(Dossierstuk).where(
        Dossierstuk.id == stuk_id,
        Dossierstuk.verbonden_partij_id == party_id,
        visible_to(organisatie_id),
    )
    return (await session.execute(statement)).scalar_one_or_none()


async def file_version(
    session: AsyncSession, stuk_id: uuid.UUID, versie: int
) -> Dossierbestand | None:
    statement = select(Dossierbestand).where(
        Dossierbestand.dossierstuk_id == stuk_id, Dossierbestand.versie == versie
    )
    return (await session.execute(statement)).scalar_one_or_none()


async def latest_file_version(session: AsyncSession, stuk_id: uuid.UUID) -> int:
    statement = select(func.coalesce(func.max(Dossierbestand.versie), 0)).where(
        Dossierbestand.dossierstuk_id == stuk_id
    )
    return int((await session.execute(statement)).scalar_one())


async def delete_files(session: AsyncSession, stuk_id: uuid.UUID) -> None:
    await session.execute(delete(Dossierbestand).where(Dossierbestand.dossierstuk_id == stuk_id))


async def visible_of_parties(
    session: AsyncSession, organisatie_id: uuid.UUID, party_ids: Sequence[uuid.UUID]
) -> list[Dossierstuk]:
    statement = select(Dossierstuk).where(
        Dossierstuk.verbonden_partij_id.in_(party_ids), visible_to(organisatie_id)
    )
    return list((await session.execute(statement)).scalars())

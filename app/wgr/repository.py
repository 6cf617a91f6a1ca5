"""Every query on received documents, the regelingen's own dates and the calendar's parties."""

import uuid
from collections.abc import Sequence
from datetime import date

from sqlalchemy import Select, delete, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.verbonden_partijen.models import BbvCategorie, Deelname, VerbondenPartij
from app.wgr.calendar import DocumentSoort
from app.wgr.models import OWN_BUDGET_FORMS, OntvangenDocument, WgrTermijn


def documents(
    party_id: uuid.UUID, jaar: int | None, soort: DocumentSoort | None
) -> Select[OntvangenDocument]:
    statement = select(OntvangenDocument).where(OntvangenDocument.verbonden_partij_id == party_id)
    if jaar is not None:
        statement = statement.where(OntvangenDocument.jaar == jaar)
    if soort is not None:
        statement = statement.where(OntvangenDocument.soort == soort)
    return statement.order_by(
        OntvangenDocument.jaar.desc(), OntvangenDocument.ontvangen_op, OntvangenDocument.id
    )


async def own_dates(session: AsyncSession, party_ids: Sequence[uuid.UUID]) -> list[WgrTermijn]:
    statement = (
        select(WgrTermijn)
        .where(WgrTermijn.verbonden_partij_id.in_(party_ids))
        .order_by(WgrTermijn.moment)
    )
    return list((await session.execute(statement)).scalars())


async def replace_own_dates(
    session: AsyncSession, party_id: uuid.UUID, termijnen: list[WgrTermijn]
) -> None:
    await session.execute(delete(WgrTermijn).where(WgrTermijn.verbonden_partij_id == party_id))
    session.add_all(termijnen)
    await session.flush()


async def regelingen_of(
    session: AsyncSession, organisatie_id: uuid.UUID, jaar: int, party_id: uuid.UUID | None = None
) -> list[VerbondenPartij]:
    """The municipality's gemeenschappelijke regelingen with an own budget, active in year J
    (only `party_id`, when given)."""
    first, last = date(jaar, 1, 1), date(jaar, 12, 31)
    statement = (
        select(VerbondenPartij)
        .join(Deelname, Deelname.verbonden_partij_id == VerbondenPartij.id)
        .where(
            Deelname.organisatie_id == organisatie_id,
            VerbondenPartij.bbv_categorie == BbvCategorie.GEMEENSCHAPPELIJKE_REGELING,
            VerbondenPartij.rechtsvorm.in_(OWN_BUDGET_FORMS),
            or_(VerbondenPartij.einddatum.is_(None), VerbondenPartij.einddatum >= first),
            or_(VerbondenPartij.begindatum.is_(None), VerbondenPartij.begindatum <= last),
            or_(Deelname.einddatum.is_(None), Deelname.einddatum >= first),
        )
        .order_by(VerbondenPartij.naam, VerbondenPartij.id)
    )
    if party_id is not None:
        statement = statement.where(VerbondenPartij.id == party_id)
    return list((await session.execute(statement)).scalars())


async def first_receipts(
    session: AsyncSession, party_ids: Sequence[uuid.UUID], jaar: int
) -> dict[tuple[uuid.UUID, DocumentSoort], date]:
    """The earliest receipt per party and kind of the documents of year J."""
    statement = (
        select(
            OntvangenDocument.verbonden_partij_id,
            OntvangenDocument.soort,
            func.min(OntvangenDocument.ontvangen_op),
        )
        .where(OntvangenDocument.verbonden_partij_id.in_(party_ids), OntvangenDocument.jaar == jaar)
        .group_by(OntvangenDocument.verbonden_partij_id, OntvangenDocument.soort)
    )
    return {(party, soort): first for party, soort, first in await session.execute(statement)}

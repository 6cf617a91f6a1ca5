"""Every query on budgets, contributions, thresholds and the budgets' audit history."""

import uuid
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import Select, delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.begrotingen.models import Afwijkingsdrempel, Begroting, BegrotingBijdrage
from app.core.audit import AuditGebeurtenis
from app.verbonden_partijen.models import Deelname

AUDIT_ENTITEIT = "begroting"


async def budget(session: AsyncSession, party_id: uuid.UUID, jaar: int) -> Begroting | None:
    statement = select(Begroting).where(
        Begroting.verbonden_partij_id == party_id, Begroting.jaar == jaar
    )
    return (await session.execute(statement)).scalar_one_or_none()


def budgets_of_party(party_id: uuid.UUID) -> Select[Begroting]:
    return (
        select(Begroting)
        .where(Begroting.verbonden_partij_id == party_id)
        .order_by(Begroting.jaar.desc())
    )


async def budgets_of_parties(
    session: AsyncSession, party_ids: Sequence[uuid.UUID], jaar: int
) -> list[Begroting]:
    statement = select(Begroting).where(
        Begroting.verbonden_partij_id.in_(party_ids), Begroting.jaar == jaar
    )
    return list((await session.execute(statement)).scalars())


async def contributions(session: AsyncSession, begroting_id: uuid.UUID) -> list[BegrotingBijdrage]:
    statement = (
        select(BegrotingBijdrage)
        .where(BegrotingBijdrage.begroting_id == begroting_id)
        .order_by(BegrotingBijdrage.bedrag.desc(), BegrotingBijdrage.organisatie_id)
    )
    return list((await session.execute(statement)).scalars())


async def contributions_of(
    session: AsyncSession, begroting_ids: Sequence[uuid.UUID], organisatie_id: uuid.UUID
) -> dict[uuid.UUID, Decimal]:
    """One organisation's contribution per budget."""
    statement = select(BegrotingBijdrage.begroting_id, BegrotingBijdrage.bedrag).where(
        BegrotingBijdrage.begroting_id.in_(begroting_ids),
        BegrotingBijdrage.organisatie_id == organisatie_id,
    )
    return {row.begroting_id: row.bedrag for row in await session.execute(statement)}


async def replace_contributions(
    session: AsyncSession, begroting_id: uuid.UUID, bedragen: dict[uuid.UUID, Decimal]
) -> None:
    await session.execute(
        delete(BegrotingBijdrage).where(BegrotingBijdrage.begroting_id == begroting_id)
    )
    session.add_all(
        BegrotingBijdrage(begroting_id=begroting_id, organisatie_id=org, bedrag=bedrag)
        for org, bedrag in bedragen.items()
    )
    await session.flush()


async def participants(session: AsyncSession, party_id: uuid.UUID) -> set[uuid.UUID]:
    statement = select(Deelname.organisatie_id).where(Deelname.verbonden_partij_id == party_id)
    return set((await session.execute(statement)).scalars())


async def verdeelsleutel(
    session: AsyncSession, organisatie_id: uuid.UUID, party_id: uuid.UUID
) -> Decimal | None:
    statement = select(Deelname.aandeel).where(
        Deelname.verbonden_partij_id == party_id, Deelname.organisatie_id == organisatie_id
    )
    return (await session.execute(statement)).scalar_one_or_none()


async def thresholds(session: AsyncSession, organisatie_id: uuid.UUID) -> Afwijkingsdrempel | None:
    statement = select(Afwijkingsdrempel).where(Afwijkingsdrempel.organisatie_id == organisatie_id)
    return (await session.execute(statement)).scalar_one_or_none()


def history(begroting_id: uuid.UUID) -> Select[AuditGebeurtenis]:
    """The audit events of a budget, oldest first."""
    return (
        select(AuditGebeurtenis)
        .where(
            AuditGebeurtenis.entiteit == AUDIT_ENTITEIT,
            AuditGebeurtenis.entiteit_id == begroting_id,
        )
        .order_by(AuditGebeurtenis.tijdstip, AuditGebeurtenis.id)
    )

"""One party's budget years with the municipality's contribution and thresholds."""

import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import and_, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.begrotingen.deviations import Drempels
from app.begrotingen.models import Afwijkingsdrempel, Begroting, BegrotingBijdrage


@dataclass(frozen=True, slots=True)
class BegrotingsJaar:
    begroting: Begroting
    eigen_bijdrage: Decimal | None
    totaal_bijdragen: Decimal
    drempels: Drempels


async def budget_years(
    session: AsyncSession, organisatie_id: uuid.UUID, party_id: uuid.UUID
) -> list[BegrotingsJaar]:
    """Every budget year of the party, newest first. One query."""
    eigen = aliased(BegrotingBijdrage)
    alle = aliased(BegrotingBijdrage)
    totaal = (
        select(func.coalesce(func.sum(alle.bedrag), 0))
        .where(alle.begroting_id == Begroting.id)
        .scalar_subquery()
    )
    drempel = select(Afwijkingsdrempel).where(Afwijkingsdrempel.organisatie_id == organisatie_id)
    statement = (
        select(
            Begroting,
            eigen.bedrag.label("eigen_bijdrage"),
            totaal.label("totaal_bijdragen"),
            drempel.with_only_columns(Afwijkingsdrempel.bedrag).scalar_subquery(),
            drempel.with_only_columns(Afwijkingsdrempel.percentage).scalar_subquery(),
        )
        .outerjoin(
            eigen,
            and_(eigen.begroting_id == Begroting.id, eigen.organisatie_id == organisatie_id),
        )
        .where(Begroting.verbonden_partij_id == party_id)
        .order_by(Begroting.jaar.desc())
    )
    years = []
    for begroting, own, total, bedrag, percentage in (await session.execute(statement)).all():
        years.append(
            BegrotingsJaar(
                begroting=begroting,
                eigen_bijdrage=own,
                totaal_bijdragen=Decimal(total or 0),
                drempels=Drempels() if bedrag is None else Drempels(bedrag, percentage),
            )
        )
    return years

"""The query of the BBV paragraph: the municipality's participations active in a year."""

import uuid
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.organisaties.models import Organisatie
from app.verbonden_partijen.models import Deelname, VerbondenPartij


async def participations(
    session: AsyncSession, organisatie_id: uuid.UUID, jaar: int
) -> list[tuple[VerbondenPartij, Deelname]]:
    """Parties the municipality took part in at some time in year J, by name."""
    first, last = date(jaar, 1, 1), date(jaar, 12, 31)
    statement = (
        select(VerbondenPartij, Deelname)
        .join(Deelname, Deelname.verbonden_partij_id == VerbondenPartij.id)
        .where(
            Deelname.organisatie_id == organisatie_id,
            or_(VerbondenPartij.einddatum.is_(None), VerbondenPartij.einddatum >= first),
            or_(VerbondenPartij.begindatum.is_(None), VerbondenPartij.begindatum <= last),
            or_(Deelname.einddatum.is_(None), Deelname.einddatum >= first),
            or_(Deelname.begindatum.is_(None), Deelname.begindatum <= last),
        )
        .order_by(VerbondenPartij.naam, VerbondenPartij.id)
    )
    return [(party, deelname) for party, deelname in (await session.execute(statement)).all()]


async def organisation_name(session: AsyncSession, organisatie_id: uuid.UUID) -> str:
    statement = select(Organisatie.naam).where(Organisatie.id == organisatie_id)
    return (await session.execute(statement)).scalar_one()

"""Every query on organisations."""

import uuid

from sqlalchemy import Select, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.organisaties.models import Organisatie, OrganisatieSoort


def filtered(soort: OrganisatieSoort | None, zoek: str | None) -> Select[Organisatie]:
    statement = select(Organisatie)
    if soort is not None:
        statement = statement.where(Organisatie.soort == soort)
    if zoek:
        statement = statement.where(
            or_(
                Organisatie.naam.icontains(zoek, autoescape=True),
                Organisatie.cbs_code.icontains(zoek, autoescape=True),
            )
        )
    return statement.order_by(Organisatie.naam, Organisatie.id)


async def by_id(session: AsyncSession, organisatie_id: uuid.UUID) -> Organisatie | None:
    return await session.get(Organisatie, organisatie_id)


async def by_cbs_code(session: AsyncSession, cbs_code: str) -> Organisatie | None:
    statement = select(Organisatie).where(Organisatie.cbs_code == cbs_code)
    return (await session.execute(statement)).scalar_one_or_none()


async def first_names(session: AsyncSession, limit: int) -> list[tuple[uuid.UUID, str]]:
    """(id, naam) of the first `limit` organisations by name: a choice list, no entities."""
    statement = select(Organisatie.id, Organisatie.naam).order_by(Organisatie.naam, Organisatie.id)
    return [(row.id, row.naam) for row in (await session.execute(statement.limit(limit))).all()]


async def names_of(session: AsyncSession, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    statement = select(Organisatie.id, Organisatie.naam).where(Organisatie.id.in_(ids))
    return {row.id: row.naam for row in (await session.execute(statement)).all()}

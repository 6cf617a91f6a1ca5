"""Every query on evaluations: always one municipality's, of parties it takes part in."""

import uuid

from sqlalchemy import Select, and_, exists, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from app.auth.principal import Principal
from app.evaluaties.models import Evaluatie
from app.verbonden_partijen.visibility import readable_party


def evaluaties_of_party(organisatie_id: uuid.UUID, party_id: uuid.UUID) -> Select[Evaluatie]:
    """Most recent year first."""
    return (
        select(Evaluatie)
        .where(
            Evaluatie.organisatie_id == organisatie_id, Evaluatie.verbonden_partij_id == party_id
        )
        .options(selectinload(Evaluatie.vervolgactie_links))
        .order_by(Evaluatie.jaar.desc(), Evaluatie.datum.desc(), Evaluatie.id)
    )


async def evaluatie(
    session: AsyncSession, principal: Principal, evaluatie_id: uuid.UUID
) -> Evaluatie | None:
    statement = (
        select(Evaluatie)
        .where(
            Evaluatie.id == evaluatie_id,
            Evaluatie.organisatie_id == principal.tenant_id,
            readable_party(Evaluatie.verbonden_partij_id, principal),
        )
        .options(selectinload(Evaluatie.vervolgactie_links))
        .execution_options(populate_existing=True)
    )
    return (await session.execute(statement)).scalar_one_or_none()


async def year_taken(
    session: AsyncSession,
    organisatie_id: uuid.UUID,
    party_id: uuid.UUID,
    jaar: int,
    other_than: uuid.UUID | None = None,
) -> bool:
    condition = and_(
        Evaluatie.organisatie_id == organisatie_id,
        Evaluatie.verbonden_partij_id == party_id,
        Evaluatie.jaar == jaar,
    )
    if other_than is not None:
        condition = and_(condition, Evaluatie.id != other_than)
    return bool((await session.execute(select(exists().where(condition)))).scalar())

"""Every query on diensten and servicenormen."""

import uuid
from collections.abc import Collection

from sqlalchemy import Select, exists, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from app.auth.principal import Principal
from app.servicenormen.models import Dienst, Servicenorm
from app.verbonden_partijen.visibility import readable_party


def diensten_of(party_id: uuid.UUID) -> Select[Dienst]:
    return (
        select(Dienst)
        .where(Dienst.verbonden_partij_id == party_id)
        .order_by(Dienst.naam, Dienst.id)
    )


async def dienst_in_party(session: AsyncSession, dienst_id: uuid.UUID, party_id: uuid.UUID) -> bool:
    statement = select(
        exists().where(Dienst.id == dienst_id, Dienst.verbonden_partij_id == party_id)
    )
    return bool((await session.execute(statement)).scalar())


async def dienst_name_taken(session: AsyncSession, party_id: uuid.UUID, naam: str) -> bool:
    statement = select(exists().where(Dienst.verbonden_partij_id == party_id, Dienst.naam == naam))
    return bool((await session.execute(statement)).scalar())


def norms_of(party_id: uuid.UUID) -> Select[Servicenorm]:
    """A party's norms with their versions (one extra query per page)."""
    return (
        select(Servicenorm)
        .where(Servicenorm.verbonden_partij_id == party_id)
        .options(selectinload(Servicenorm.versies))
        .order_by(Servicenorm.code, Servicenorm.id)
    )


async def all_norms_of(session: AsyncSession, party_id: uuid.UUID) -> list[Servicenorm]:
    return list((await session.execute(norms_of(party_id))).scalars())


async def norms_by_code(
    session: AsyncSession, party_id: uuid.UUID, codes: Collection[str]
) -> list[Servicenorm]:
    statement = norms_of(party_id).where(Servicenorm.code.in_(list(codes)))
    return list((await session.execute(statement)).scalars())


async def norms_by_id(session: AsyncSession, ids: Collection[uuid.UUID]) -> list[Servicenorm]:
    statement = (
        select(Servicenorm)
        .where(Servicenorm.id.in_(list(ids)))
        .options(selectinload(Servicenorm.versies))
    )
    return list((await session.execute(statement)).scalars())


async def readable_norm(
    session: AsyncSession, principal: Principal, norm_id: uuid.UUID
) -> Servicenorm | None:
    statement = (
        select(Servicenorm)
        .where(
            Servicenorm.id == norm_id,
            readable_party(Servicenorm.verbonden_partij_id, principal),
        )
        .options(selectinload(Servicenorm.versies))
    )
    return (await session.execute(statement)).scalar_one_or_none()


async def code_taken(session: AsyncSession, party_id: uuid.UUID, code: str) -> bool:
    statement = select(
        exists().where(Servicenorm.verbonden_partij_id == party_id, Servicenorm.code == code)
    )
    return bool((await session.execute(statement)).scalar())

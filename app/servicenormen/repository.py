"""Every query on diensten and servicenormen."""

import uuid
from collections import defaultdict
from collections.abc import Collection

from sqlalchemy import ColumnElement, Select, Uuid, exists, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from app.auth.principal import Principal
from app.core.sql_lists import one_of
from app.servicenormen.models import Dienst, Servicenorm, ServicenormVersie
from app.servicenormen.terms import NormTerms, VersieTerms
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


async def norm_terms(session: AsyncSession, *criteria: ColumnElement[bool]) -> list[NormTerms]:
    """Norms matching `criteria` with their versions: two Core queries, no ORM objects."""
    norms = await session.execute(
        select(
            Servicenorm.id,
            Servicenorm.code,
            Servicenorm.naam,
            Servicenorm.eenheid,
            Servicenorm.frequentie,
            Servicenorm.verbonden_partij_id,
        )
        .where(*criteria)
        .order_by(Servicenorm.code, Servicenorm.id)
    )
    versions = await session.execute(
        select(
            ServicenormVersie.servicenorm_id,
            ServicenormVersie.geldig_vanaf,
            ServicenormVersie.doelwaarde,
            ServicenormVersie.tolerantie,
            ServicenormVersie.richting,
        )
        .where(ServicenormVersie.servicenorm_id.in_(select(Servicenorm.id).where(*criteria)))
        .order_by(ServicenormVersie.geldig_vanaf)
    )
    by_norm: dict[uuid.UUID, list[VersieTerms]] = defaultdict(list)
    for norm_id, vanaf, doelwaarde, tolerantie, richting in versions.all():
        by_norm[norm_id].append(VersieTerms(vanaf, doelwaarde, tolerantie, richting))
    return [
        NormTerms(norm_id, code, naam, eenheid, frequentie, tuple(by_norm[norm_id]), party_id)
        for norm_id, code, naam, eenheid, frequentie, party_id in norms.all()
    ]


def of_party(party_id: uuid.UUID) -> ColumnElement[bool]:
    return Servicenorm.verbonden_partij_id == party_id


def of_parties(party_ids: Collection[uuid.UUID]) -> ColumnElement[bool]:
    return Servicenorm.verbonden_partij_id.in_(list(party_ids))


def with_id(ids: Collection[uuid.UUID], as_array: bool) -> ColumnElement[bool]:
    return one_of(Servicenorm.id, Uuid(), as_array=as_array, values=ids)


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

"""The regelingen's own Wgr dates and the documents received, for the years around today."""

import uuid
from datetime import date
from functools import cache

from sqlalchemy import bindparam, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.dashboard.scope import AnySelect, PartySet, in_scope
from app.wgr.calendar import DocumentSoort, MaandDag, Moment
from app.wgr.models import OntvangenDocument, WgrTermijn


@cache
def _own_dates(as_array: bool) -> AnySelect:
    return select(
        WgrTermijn.verbonden_partij_id, WgrTermijn.moment, WgrTermijn.maand, WgrTermijn.dag
    ).where(in_scope(WgrTermijn.verbonden_partij_id, as_array))


async def own_dates(
    session: AsyncSession, scope: PartySet
) -> dict[uuid.UUID, dict[Moment, MaandDag]]:
    """Per party the dates its regeling sets itself. One query."""
    result: dict[uuid.UUID, dict[Moment, MaandDag]] = {}
    rows = await session.execute(_own_dates(scope.as_array), scope.params())
    for party_id, moment, maand, dag in rows.all():
        result.setdefault(party_id, {})[moment] = MaandDag(maand, dag)
    return result


@cache
def _receipts(as_array: bool) -> AnySelect:
    document = OntvangenDocument
    return (
        select(
            document.verbonden_partij_id,
            document.soort,
            document.jaar,
            func.min(document.ontvangen_op),
        )
        .where(
            in_scope(document.verbonden_partij_id, as_array),
            document.jaar >= bindparam("jaar_van"),
            document.jaar < bindparam("jaar_tot"),
        )
        .group_by(document.verbonden_partij_id, document.soort, document.jaar)
    )


async def receipts(
    session: AsyncSession, scope: PartySet, jaren: range
) -> dict[tuple[uuid.UUID, DocumentSoort, int], date]:
    """The first receipt per party, kind and year of the documents of `jaren`. One query."""
    params = scope.params(jaar_van=jaren.start, jaar_tot=jaren.stop)
    rows = await session.execute(_receipts(scope.as_array), params)
    return {(party_id, soort, jaar): first for party_id, soort, jaar, first in rows.all()}

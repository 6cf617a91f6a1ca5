"""The regelingen's own Wgr dates and the documents received, for the years around today."""

import uuid
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.dashboard.scope import PartySet
from app.wgr.calendar import DocumentSoort, MaandDag, Moment
from app.wgr.models import OntvangenDocument, WgrTermijn


async def own_dates(
    session: AsyncSession, scope: PartySet
) -> dict[uuid.UUID, dict[Moment, MaandDag]]:
    """Per party the dates its regeling sets itself. One query."""
    statement = select(
        WgrTermijn.verbonden_partij_id, WgrTermijn.moment, WgrTermijn.maand, WgrTermijn.dag
    ).where(scope.contains(WgrTermijn.verbonden_partij_id))
    result: dict[uuid.UUID, dict[Moment, MaandDag]] = {}
    for party_id, moment, maand, dag in (await session.execute(statement)).all():
        result.setdefault(party_id, {})[moment] = MaandDag(maand, dag)
    return result


async def receipts(
    session: AsyncSession, scope: PartySet, jaren: range
) -> dict[tuple[uuid.UUID, DocumentSoort, int], date]:
    """The first receipt per party, kind and year of the documents of `jaren`. One query."""
    statement = (
        select(
            OntvangenDocument.verbonden_partij_id,
            OntvangenDocument.soort,
            OntvangenDocument.jaar,
            func.min(OntvangenDocument.ontvangen_op),
        )
        .where(
            scope.contains(OntvangenDocument.verbonden_partij_id),
            OntvangenDocument.jaar >= jaren.start,
            OntvangenDocument.jaar < jaren.stop,
        )
        .group_by(
            OntvangenDocument.verbonden_partij_id, OntvangenDocument.soort, OntvangenDocument.jaar
        )
    )
    return {
        (party_id, soort, jaar): first
        for party_id, soort, jaar, first in (await session.execute(statement)).all()
    }

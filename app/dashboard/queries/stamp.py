"""A cheap stamp that changes whenever anything a municipality's overview shows changes.

Every write of this service leaves an audit event in its own transaction, with the
municipality it belongs to (private data) or the party it is about (shared data: partner
pushes, budgets, norms, the registry). So the latest event of the municipality, the latest
event on each of its parties, and the number of its participations (a participation may be
added or removed by another participant) together change with every change the overview
can show. One query; PostgreSQL answers each latest event from the audit trail's
(organisatie_id, tijdstip) and (verbonden_partij_id, tijdstip) indexes.
"""

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, Uuid, bindparam, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.audit import AuditGebeurtenis as Event
from app.verbonden_partijen.models import Deelname


@dataclass(frozen=True)
class Stempel:
    eigen: datetime | None
    partijen: datetime | None
    deelnames: int


def _statement() -> Select[Any]:
    organisatie_id = bindparam("organisatie_id", type_=Uuid())
    own = select(func.max(Event.tijdstip)).where(Event.organisatie_id == organisatie_id)
    per_party = (
        select(func.max(Event.tijdstip))
        .where(Event.verbonden_partij_id == Deelname.verbonden_partij_id)
        .correlate(Deelname)
        .scalar_subquery()
    )
    parties = (
        select(func.max(per_party).label("laatste"), func.count().label("aantal"))
        .where(Deelname.organisatie_id == organisatie_id)
        .subquery()
    )
    return select(own.scalar_subquery(), parties.c.laatste, parties.c.aantal)


# Built once: the stamp is read on every overview request, and a statement object keeps its
# compiled form, so only the parameter changes.
STAMP = _statement()


async def stamp(session: AsyncSession, organisatie_id: uuid.UUID) -> Stempel:
    result = await session.execute(STAMP, {"organisatie_id": organisatie_id})
    row = result.one()
    return Stempel(row[0], row[1], row[2])

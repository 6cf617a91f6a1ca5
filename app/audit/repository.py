"""Reading the audit trail of a municipality, newest first, one index range per page.

A beheerder reads two kinds of events: the municipality's own (`organisatie_id` is the
municipality) and the shared ones (`gedeeld`) of every party it participates in. One query
with `OR` over both could not use an index for the order, so it would sort every readable
event of the municipality (tens of thousands in a trail of millions) for each page. Instead
each kind is its own branch that walks one index in sort order and stops after the page:
the own events on (`organisatie_id`, `tijdstip`, `id`), the shared events per party on
(`verbonden_partij_id`, `tijdstip`, `id`) where `gedeeld`; the branches' few rows are merged.
The branches select only the sort key (the indexes cover it and the filters), and the page's
rows are read by primary key afterwards.
"""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select, tuple_, union_all
from sqlalchemy.ext.asyncio import AsyncSession

from app.audit.cursor import Position
from app.core.audit import AuditGebeurtenis
from app.verbonden_partijen.visibility import participated_party_ids

# `aantal` counts the matching events up to this many; a longer trail says this number.
COUNT_LIMIT = 10_000

Event = AuditGebeurtenis
NEWEST_FIRST = (Event.tijdstip.desc(), Event.id.desc())


@dataclass(frozen=True)
class AuditFilter:
    entiteit: str | None = None
    entiteit_id: uuid.UUID | None = None
    verbonden_partij_id: uuid.UUID | None = None
    vanaf: datetime | None = None
    tot: datetime | None = None


@dataclass(frozen=True)
class Scope:
    """Whose trail: the municipality, and the parties whose shared events it reads."""

    organisatie_id: uuid.UUID
    party_ids: Sequence[uuid.UUID]


async def scope_of(session: AsyncSession, tenant: uuid.UUID, filters: AuditFilter) -> Scope:
    """The parties the municipality participates in (only the filtered one, if any)."""
    party_ids = set((await session.scalars(participated_party_ids(tenant))).all())
    if filters.verbonden_partij_id is not None:
        party_ids &= {filters.verbonden_partij_id}
    return Scope(tenant, sorted(party_ids))


def _filtered(filters: AuditFilter, after: Position | None) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if filters.entiteit:
        conditions.append(Event.entiteit == filters.entiteit)
    if filters.entiteit_id:
        conditions.append(Event.entiteit_id == filters.entiteit_id)
    if filters.vanaf:
        conditions.append(Event.tijdstip >= filters.vanaf)
    if filters.tot:
        conditions.append(Event.tijdstip < filters.tot)
    if after is not None:
        conditions.append(tuple_(Event.tijdstip, Event.id) < tuple_(after.tijdstip, after.id))
    return conditions


def _branches(
    scope: Scope, filters: AuditFilter, after: Position | None
) -> list[Select[datetime, uuid.UUID]]:
    """One statement per index range: the own events, and each party's shared events."""
    common = _filtered(filters, after)
    key = select(Event.tijdstip, Event.id)
    own = key.where(Event.organisatie_id == scope.organisatie_id, *common)
    if filters.verbonden_partij_id is not None:
        own = own.where(Event.verbonden_partij_id == filters.verbonden_partij_id)
    shared = [
        key.where(
            Event.verbonden_partij_id == party_id,
            Event.gedeeld.is_(True),
            # the municipality's own shared events are in the first branch already
            (Event.organisatie_id != scope.organisatie_id) | Event.organisatie_id.is_(None),
            *common,
        )
        for party_id in scope.party_ids
    ]
    return [own, *shared]


def _merged(
    branches: Sequence[Select[datetime, uuid.UUID]], limit: int, ordered: bool
) -> Select[Any]:
    """The first `limit` rows of each branch (in sort order if `ordered`), as one union.

    Each branch is wrapped as a subquery, because a member of a compound SELECT may carry no
    ORDER BY or LIMIT of its own on SQLite."""
    order = NEWEST_FIRST if ordered else ()
    parts = [select(branch.order_by(*order).limit(limit).subquery()) for branch in branches]
    return select(union_all(*parts).subquery())


def page_statement(
    scope: Scope, filters: AuditFilter, after: Position | None, limit: int
) -> Select[AuditGebeurtenis]:
    """The `limit` newest events after `after` in the scope, newest first."""
    merged = _merged(_branches(scope, filters, after), limit, ordered=True).subquery()
    keys = select(merged.c.id).order_by(merged.c.tijdstip.desc(), merged.c.id.desc())
    page = keys.limit(limit).subquery()
    return select(Event).join(page, Event.id == page.c.id).order_by(*NEWEST_FIRST)


def count_statement(scope: Scope, filters: AuditFilter) -> Select[int]:
    """How many events match, counted up to COUNT_LIMIT (an index-only walk, no sort)."""
    merged = _merged(_branches(scope, filters, None), COUNT_LIMIT, ordered=False).subquery()
    capped = select(merged.c.id).limit(COUNT_LIMIT).subquery()
    return select(func.count()).select_from(capped)

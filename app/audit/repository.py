"""Reading the audit trail of a municipality, newest first, one index range per page.

A beheerder reads two kinds of events: the municipality's own (`organisatie_id` is the
municipality) and the shared ones (`gedeeld`) of every party it participates in. One query
with `OR` over both cannot use an index for the order, so on a trail of millions it would
sort every readable event of the municipality (tens of thousands) for each page. On
PostgreSQL each kind is therefore its own branch that walks one index in sort order and
stops after the page: the own events on (`organisatie_id`, `tijdstip`, `id`), and, per
participation (a LATERAL subquery over `deelnames`), the party's shared events on
(`verbonden_partij_id`, `tijdstip`, `id`) where `gedeeld`; the branches' few rows are
merged. The statement has the same shape for every municipality, so SQLAlchemy compiles it
once. The branches select only the sort key (the indexes cover it and the filters); the
page's rows are read by primary key. SQLite (no LATERAL; small installations) runs the plain
`OR` query, which answers the same.
"""

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import ColumnElement, Select, and_, func, or_, select, true, tuple_, union_all

from app.audit.cursor import Position
from app.core.audit import AuditGebeurtenis
from app.verbonden_partijen.models import Deelname

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


def _filtered(filters: AuditFilter, after: Position | None) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if filters.entiteit:
        conditions.append(Event.entiteit == filters.entiteit)
    if filters.entiteit_id:
        conditions.append(Event.entiteit_id == filters.entiteit_id)
    if filters.verbonden_partij_id:
        conditions.append(Event.verbonden_partij_id == filters.verbonden_partij_id)
    if filters.vanaf:
        conditions.append(Event.tijdstip >= filters.vanaf)
    if filters.tot:
        conditions.append(Event.tijdstip < filters.tot)
    if after is not None:
        conditions.append(tuple_(Event.tijdstip, Event.id) < tuple_(after.tijdstip, after.id))
    return conditions


def _participations(tenant: uuid.UUID) -> Select[uuid.UUID]:
    return select(Deelname.verbonden_partij_id).where(Deelname.organisatie_id == tenant)


def _keys_by_branch(
    tenant: uuid.UUID, filters: AuditFilter, after: Position | None, limit: int, ordered: bool
) -> Select[Any]:
    """PostgreSQL: the first `limit` keys of the own branch and of each party's shared branch
    (in sort order if `ordered`), as one union."""
    order = NEWEST_FIRST if ordered else ()
    common = _filtered(filters, after)
    own = (
        select(Event.tijdstip, Event.id)
        .where(Event.organisatie_id == tenant, *common)
        .order_by(*order)
        .limit(limit)
        .subquery("eigen")
    )
    parties = _participations(tenant).subquery("deelname")
    shared = (
        select(Event.tijdstip, Event.id)
        .where(
            Event.verbonden_partij_id == parties.c.verbonden_partij_id,
            Event.gedeeld,  # as the partial index says it (`gedeeld IS true` would not use it)
            # the municipality's own shared events are in the first branch already
            or_(Event.organisatie_id != tenant, Event.organisatie_id.is_(None)),
            *common,
        )
        .order_by(*order)
        .limit(limit)
        .lateral("gedeeld")
    )
    shared_keys = select(shared.c.tijdstip, shared.c.id).select_from(parties).join(shared, true())
    return select(union_all(select(own.c.tijdstip, own.c.id), shared_keys).subquery("sleutels"))


def _keys_plain(
    tenant: uuid.UUID, filters: AuditFilter, after: Position | None, limit: int, ordered: bool
) -> Select[Any]:
    """Any database: the same keys in one query with OR."""
    in_scope = or_(
        Event.organisatie_id == tenant,
        and_(Event.gedeeld, Event.verbonden_partij_id.in_(_participations(tenant))),
    )
    keys = select(Event.tijdstip, Event.id).where(in_scope, *_filtered(filters, after))
    return cast(Select[Any], keys.order_by(*(NEWEST_FIRST if ordered else ())).limit(limit))


def _keys(
    dialect: str,
    tenant: uuid.UUID,
    filters: AuditFilter,
    after: Position | None,
    limit: int,
    ordered: bool,
) -> Select[Any]:
    build = _keys_by_branch if dialect == "postgresql" else _keys_plain
    return build(tenant, filters, after, limit, ordered)


def page_statement(
    dialect: str, tenant: uuid.UUID, filters: AuditFilter, after: Position | None, limit: int
) -> Select[AuditGebeurtenis]:
    """The `limit` newest events after `after` in the municipality's trail, newest first."""
    keys = _keys(dialect, tenant, filters, after, limit, ordered=True).subquery("pagina")
    first = select(keys.c.id).order_by(keys.c.tijdstip.desc(), keys.c.id.desc()).limit(limit)
    page = first.subquery("eerste")
    return select(Event).join(page, Event.id == page.c.id).order_by(*NEWEST_FIRST)


def count_statement(dialect: str, tenant: uuid.UUID, filters: AuditFilter) -> Select[int]:
    """How many events match, counted up to COUNT_LIMIT (an index-only walk, no sort)."""
    keys = _keys(dialect, tenant, filters, None, COUNT_LIMIT, ordered=False).subquery("alle")
    capped = select(keys.c.id).limit(COUNT_LIMIT).subquery("geteld")
    return select(func.count()).select_from(capped)

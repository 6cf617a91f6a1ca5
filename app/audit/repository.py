"""Reading the audit trail of a municipality, newest first, one index range per page.

A beheerder reads two kinds of events: the municipality's own (`organisatie_id` is the
municipality) and the shared ones (`gedeeld`) of every party it participates in. One query
with `OR` over both cannot use an index for the order, so on a trail of millions it would
sort every readable event of the municipality (tens of thousands) for each page. On
PostgreSQL each kind is therefore its own branch that walks one index in sort order and
stops after the page: the own events on (`organisatie_id`, `tijdstip`, `id`), and, per
participation (a LATERAL subquery over `deelnames`), the party's shared events on
(`verbonden_partij_id`, `tijdstip`, `id`) where `gedeeld`; the branches' few rows are
merged. The branches select only the sort key (the indexes cover it and the filters); the
page's rows are read by primary key. SQLite (no LATERAL; small installations) runs the plain
`OR` query, which answers the same.

Every value is a bound parameter, so a statement depends only on which filters are given:
it is built once per shape (`functools.cache`) and SQLAlchemy compiles it once.
"""

import functools
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Integer,
    Select,
    and_,
    bindparam,
    func,
    or_,
    select,
    true,
    tuple_,
    union_all,
)

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


@dataclass(frozen=True)
class Shape:
    """Which filters a statement has: its cache key."""

    dialect: str
    entiteit: bool
    entiteit_id: bool
    verbonden_partij_id: bool
    vanaf: bool
    tot: bool
    after: bool


def _shape(dialect: str, filters: AuditFilter, after: Position | None) -> Shape:
    return Shape(
        dialect,
        filters.entiteit is not None,
        filters.entiteit_id is not None,
        filters.verbonden_partij_id is not None,
        filters.vanaf is not None,
        filters.tot is not None,
        after is not None,
    )


def parameters(
    tenant: uuid.UUID, filters: AuditFilter, after: Position | None, limit: int
) -> dict[str, Any]:
    values: dict[str, Any] = {"tenant": tenant, "limit": limit, **vars(filters)}
    if after is not None:
        values |= {"na_tijdstip": after.tijdstip, "na_id": after.id}
    return values


def _param(name: str, column: Any) -> BindParameter[Any]:
    return bindparam(name, type_=column.type)


TENANT = _param("tenant", Event.organisatie_id)
LIMIT = bindparam("limit", type_=Integer())


def _filtered(shape: Shape) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if shape.entiteit:
        conditions.append(Event.entiteit == _param("entiteit", Event.entiteit))
    if shape.entiteit_id:
        conditions.append(Event.entiteit_id == _param("entiteit_id", Event.entiteit_id))
    if shape.verbonden_partij_id:
        party = _param("verbonden_partij_id", Event.verbonden_partij_id)
        conditions.append(Event.verbonden_partij_id == party)
    if shape.vanaf:
        conditions.append(Event.tijdstip >= _param("vanaf", Event.tijdstip))
    if shape.tot:
        conditions.append(Event.tijdstip < _param("tot", Event.tijdstip))
    if shape.after:
        position = tuple_(_param("na_tijdstip", Event.tijdstip), _param("na_id", Event.id))
        conditions.append(tuple_(Event.tijdstip, Event.id) < position)
    return conditions


def _participations() -> Select[uuid.UUID]:
    return select(Deelname.verbonden_partij_id).where(Deelname.organisatie_id == TENANT)


def _keys_by_branch(shape: Shape, ordered: bool) -> Select[Any]:
    """PostgreSQL: the first `limit` keys of the own branch and of each party's shared branch
    (in sort order if `ordered`), as one union."""
    order = NEWEST_FIRST if ordered else ()
    common = _filtered(shape)
    own = (
        select(Event.tijdstip, Event.id)
        .where(Event.organisatie_id == TENANT, *common)
        .order_by(*order)
        .limit(LIMIT)
        .subquery("eigen")
    )
    parties = _participations().subquery("deelname")
    shared = (
        select(Event.tijdstip, Event.id)
        .where(
            Event.verbonden_partij_id == parties.c.verbonden_partij_id,
            Event.gedeeld,  # as the partial index says it (`gedeeld IS true` would not use it)
            # the municipality's own shared events are in the first branch already
            or_(Event.organisatie_id != TENANT, Event.organisatie_id.is_(None)),
            *common,
        )
        .order_by(*order)
        .limit(LIMIT)
        .lateral("gedeeld")
    )
    shared_keys = select(shared.c.tijdstip, shared.c.id).select_from(parties).join(shared, true())
    return select(union_all(select(own.c.tijdstip, own.c.id), shared_keys).subquery("sleutels"))


def _keys_plain(shape: Shape, ordered: bool) -> Select[Any]:
    """Any database: the same keys in one query with OR."""
    in_scope = or_(
        Event.organisatie_id == TENANT,
        and_(Event.gedeeld, Event.verbonden_partij_id.in_(_participations())),
    )
    keys = select(Event.tijdstip, Event.id).where(in_scope, *_filtered(shape))
    return cast(Select[Any], keys.order_by(*(NEWEST_FIRST if ordered else ())).limit(LIMIT))


def _keys(shape: Shape, ordered: bool) -> Select[Any]:
    build = _keys_by_branch if shape.dialect == "postgresql" else _keys_plain
    return build(shape, ordered)


@functools.cache
def _page_template(shape: Shape) -> Select[AuditGebeurtenis]:
    keys = _keys(shape, ordered=True).subquery("pagina")
    first = select(keys.c.id).order_by(keys.c.tijdstip.desc(), keys.c.id.desc()).limit(LIMIT)
    page = first.subquery("eerste")
    return select(Event).join(page, Event.id == page.c.id).order_by(*NEWEST_FIRST)


@functools.cache
def _count_template(shape: Shape) -> Select[int]:
    keys = _keys(shape, ordered=False).subquery("alle")
    capped = select(keys.c.id).limit(LIMIT).subquery("geteld")
    return select(func.count()).select_from(capped)


def page_statement(
    dialect: str, filters: AuditFilter, after: Position | None
) -> Select[AuditGebeurtenis]:
    """The newest `limit` events after `after` in the `tenant`'s trail, newest first (the
    values go in as `parameters(...)`)."""
    return _page_template(_shape(dialect, filters, after))


def count_statement(dialect: str, filters: AuditFilter) -> Select[int]:
    """How many events match, counted up to `limit` (an index-only walk, no sort)."""
    return _count_template(_shape(dialect, filters, None))

"""How many of each party's norms were met, per calendar quarter (the overview's norm share).

A quarter's figure holds, per norm, its latest current measurement of a period ending in that
quarter (a monthly norm: the quarter's last month it reported), judged against the norm
version in force in that period, as `norm_outcomes_for_period` does for one party.
"""

import uuid
from dataclasses import dataclass
from datetime import date
from functools import cache

from sqlalchemy import ColumnElement, Subquery, and_, bindparam, exists, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.dashboard.scope import AnySelect, PartySet, in_scope
from app.dashboard.sql import quarter_index, uitkomst_sql
from app.rapportages.models import Meting, Rapportage
from app.servicenormen.models import Servicenorm, ServicenormVersie
from app.servicenormen.outcomes import Uitkomst

# The overview looks for a party's latest quarter with measurements among this quarter and the
# five before it (so a partner one or two quarters behind still shows a four-quarter trend).
LOOKBACK_QUARTERS = 6


@dataclass(frozen=True, slots=True)
class KwartaalScore:
    kwartaal: int  # quarter_index: year × 4 + quarter − 1
    gemeten: int
    gehaald: int
    aandacht: int
    niet_gehaald: int


def quarter_of(day: date) -> int:
    return day.year * 4 + (day.month - 1) // 3


def first_day_of_quarter(kwartaal: int) -> date:
    return date(kwartaal // 4, kwartaal % 4 * 3 + 1, 1)


def _current_measurements(as_array: bool) -> Subquery:
    """Per norm and quarter, the latest period's measurement from the latest received
    revision that no later revision superseded (rang 1), for periods ending from `sinds`."""
    later = aliased(Rapportage)
    kwartaal = quarter_index(Meting.periode_eind)
    rang = func.row_number().over(
        partition_by=(Meting.servicenorm_id, kwartaal),
        order_by=(Meting.periode_eind.desc(), Rapportage.ontvangen_op.desc(), Rapportage.id.desc()),
    )
    return (
        select(
            Servicenorm.verbonden_partij_id.label("partij"),
            Meting.servicenorm_id.label("norm"),
            kwartaal.label("kwartaal"),
            Meting.periode_start.label("periode_start"),
            Meting.waarde.label("waarde"),
            rang.label("rang"),
        )
        .join(Rapportage, Rapportage.id == Meting.rapportage_id)
        .join(Servicenorm, Servicenorm.id == Meting.servicenorm_id)
        .where(
            in_scope(Servicenorm.verbonden_partij_id, as_array),
            Meting.periode_eind >= bindparam("sinds"),
            ~exists().where(later.vervangt_id == Rapportage.id),
        )
        .subquery("actueel")
    )


def _versions(as_array: bool) -> Subquery:
    """The versions of the parties' norms, each with the day the next one takes over."""
    v = ServicenormVersie
    return (
        select(
            v.servicenorm_id.label("norm"),
            v.geldig_vanaf.label("vanaf"),
            func.lead(v.geldig_vanaf)
            .over(partition_by=v.servicenorm_id, order_by=v.geldig_vanaf)
            .label("tot"),
            v.doelwaarde,
            v.tolerantie,
            v.richting,
        )
        .join(Servicenorm, Servicenorm.id == v.servicenorm_id)
        .where(in_scope(Servicenorm.verbonden_partij_id, as_array))
        .subquery("versies")
    )


@cache
def _statement(as_array: bool) -> AnySelect:
    """The outcomes counted in SQL (`uitkomst_sql`), per party and quarter."""
    c = _current_measurements(as_array).c
    versions = _versions(as_array)
    v = versions.c
    outcome = uitkomst_sql(c.waarde, v.doelwaarde, v.tolerantie, v.richting).label("uitkomst")
    judged = (
        select(c.partij, c.kwartaal, outcome)
        .join(
            versions,
            and_(
                v.norm == c.norm,
                v.vanaf <= c.periode_start,
                or_(v.tot.is_(None), v.tot > c.periode_start),
            ),
        )
        .where(c.rang == 1)
        .subquery("beoordeeld")
    )
    j = judged.c

    def counted(uitkomst: Uitkomst) -> ColumnElement[int]:
        return func.count().filter(j.uitkomst == uitkomst.value)

    return select(
        j.partij,
        j.kwartaal,
        func.count(),
        counted(Uitkomst.gehaald),
        counted(Uitkomst.aandacht),
        counted(Uitkomst.niet_gehaald),
    ).group_by(j.partij, j.kwartaal)


async def quarter_scores(
    session: AsyncSession, scope: PartySet
) -> dict[uuid.UUID, dict[int, KwartaalScore]]:
    """Per party and quarter (of the last six, today's the latest: a quarter that has not
    begun is never shown) the outcomes of its measured norms. One query."""
    this_quarter = quarter_of(scope.today)
    since = first_day_of_quarter(this_quarter - LOOKBACK_QUARTERS + 1)
    rows = await session.execute(_statement(scope.as_array), scope.params(sinds=since))
    result: dict[uuid.UUID, dict[int, KwartaalScore]] = {}
    for partij, kwartaal, *counts in rows.all():
        if kwartaal > this_quarter:
            continue
        result.setdefault(partij, {})[kwartaal] = KwartaalScore(kwartaal, *counts)
    return result

"""How many of each party's norms were met, per calendar quarter (the overview's norm share).

A quarter's figure holds, per norm, its latest current measurement of a period ending in that
quarter (a monthly norm: the quarter's last month it reported), with the outcome stored when it
was written (against the norm version in force in its period; app/rapportages/current.py).
"""

import uuid
from dataclasses import dataclass
from datetime import date
from functools import cache

from sqlalchemy import ColumnElement, Subquery, bindparam, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.dashboard.scope import AnySelect, PartySet, in_scope
from app.dashboard.sql import quarter_index
from app.rapportages.models import Meting
from app.servicenormen.models import Servicenorm
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


def _latest_per_quarter(as_array: bool) -> Subquery:
    """Per norm and quarter, the current measurement (`actueel`) of the latest period, for
    periods ending from `sinds`: an index range scan of `ix_metingen_actueel` per norm."""
    kwartaal = quarter_index(Meting.periode_eind)
    rang = func.row_number().over(
        partition_by=(Meting.servicenorm_id, kwartaal),
        order_by=Meting.periode_eind.desc(),
    )
    return (
        select(
            Servicenorm.verbonden_partij_id.label("partij"),
            kwartaal.label("kwartaal"),
            Meting.uitkomst.label("uitkomst"),
            rang.label("rang"),
        )
        .join(Servicenorm, Servicenorm.id == Meting.servicenorm_id)
        .where(
            in_scope(Servicenorm.verbonden_partij_id, as_array),
            Meting.actueel,
            Meting.periode_eind >= bindparam("sinds"),
        )
        .subquery("actueel")
    )


@cache
def _statement(as_array: bool) -> AnySelect:
    """The stored outcomes counted, per party and quarter (a measurement with no norm version
    in force has no outcome and is not counted)."""
    j = _latest_per_quarter(as_array).c

    def counted(uitkomst: Uitkomst) -> ColumnElement[int]:
        return func.count().filter(j.uitkomst == uitkomst.value)

    return (
        select(
            j.partij,
            j.kwartaal,
            func.count(),
            counted(Uitkomst.gehaald),
            counted(Uitkomst.aandacht),
            counted(Uitkomst.niet_gehaald),
        )
        .where(j.rang == 1, j.uitkomst.is_not(None))
        .group_by(j.partij, j.kwartaal)
    )


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

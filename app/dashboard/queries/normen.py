"""How many of each party's norms were met, per calendar quarter (the overview's norm share).

A quarter's figure holds, per norm, its latest current measurement of a period ending in that
quarter (a monthly norm: the quarter's last month it reported), judged against the norm
version in force in that period, as `norm_outcomes_for_period` does for one party.
"""

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, Subquery, and_, exists, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.dashboard.scope import PartySet
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


def _current_measurements(scope: PartySet, since: date) -> Subquery:
    """Per norm and quarter, the latest period's measurement from the latest received
    revision that no later revision superseded (rang 1)."""
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
            scope.contains(Servicenorm.verbonden_partij_id),
            Meting.periode_eind >= since,
            ~exists().where(later.vervangt_id == Rapportage.id),
        )
        .subquery("actueel")
    )


def _versions(scope: PartySet) -> Subquery:
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
        .where(scope.contains(Servicenorm.verbonden_partij_id))
        .subquery("versies")
    )


async def quarter_scores(
    session: AsyncSession, scope: PartySet
) -> dict[uuid.UUID, dict[int, KwartaalScore]]:
    """Per party and quarter (of the last six) the outcomes of its measured norms.
    One query; the outcomes are counted in SQL (`uitkomst_sql`)."""
    since = first_day_of_quarter(quarter_of(scope.today) - LOOKBACK_QUARTERS + 1)
    current = _current_measurements(scope, since)
    c = current.c
    versions = _versions(scope)
    outcome = uitkomst_sql(
        c.waarde, versions.c.doelwaarde, versions.c.tolerantie, versions.c.richting
    ).label("uitkomst")
    judged = (
        select(c.partij, c.kwartaal, outcome)
        .join(
            versions,
            and_(
                versions.c.norm == c.norm,
                versions.c.vanaf <= c.periode_start,
                or_(versions.c.tot.is_(None), versions.c.tot > c.periode_start),
            ),
        )
        .where(c.rang == 1)
        .subquery("beoordeeld")
    )
    j = judged.c

    def counted(uitkomst: Uitkomst) -> ColumnElement[int]:
        return func.count().filter(j.uitkomst == uitkomst.value)

    statement = select(
        j.partij,
        j.kwartaal,
        func.count(),
        counted(Uitkomst.gehaald),
        counted(Uitkomst.aandacht),
        counted(Uitkomst.niet_gehaald),
    ).group_by(j.partij, j.kwartaal)
    result: dict[uuid.UUID, dict[int, KwartaalScore]] = {}
    for partij, kwartaal, *counts in (await session.execute(statement)).all():
        result.setdefault(partij, {})[kwartaal] = KwartaalScore(kwartaal, *counts)
    return result

"""How many of each party's norms were met, per calendar quarter (the overview's norm share).

A quarter's figure holds, per norm, its latest current measurement of a period ending in that
quarter (a monthly norm: the quarter's last month it reported), judged against the norm
version in force in that period, as `norm_outcomes_for_period` does for one party.
"""

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, Subquery, and_, exists, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.dashboard.scope import Scope
from app.dashboard.sql import quarter_index, uitkomst_sql
from app.rapportages.models import Meting, Rapportage
from app.servicenormen.models import Servicenorm, ServicenormVersie
from app.servicenormen.outcomes import Uitkomst

# The overview looks back two years for a party's latest quarter with measurements.
LOOKBACK_QUARTERS = 8


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


def _current_measurements(scope: Scope, since: date) -> Subquery:
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
            Servicenorm.verbonden_partij_id.in_(scope.party_ids()),
            Meting.periode_eind >= since,
            ~exists().where(later.vervangt_id == Rapportage.id),
        )
        .subquery("actueel")
    )


async def quarter_scores(
    session: AsyncSession, scope: Scope
) -> dict[uuid.UUID, dict[int, KwartaalScore]]:
    """Per party and quarter (of the last two years) the outcomes of its measured norms.
    One query; the outcomes are counted in SQL (`uitkomst_sql`)."""
    since = first_day_of_quarter(quarter_of(scope.today) - LOOKBACK_QUARTERS + 1)
    current = _current_measurements(scope, since)
    c = current.c
    other = aliased(ServicenormVersie)
    in_force = (
        select(func.max(other.geldig_vanaf))
        .where(other.servicenorm_id == c.norm, other.geldig_vanaf <= c.periode_start)
        .scalar_subquery()
    )
    outcome = uitkomst_sql(
        c.waarde,
        ServicenormVersie.doelwaarde,
        ServicenormVersie.tolerantie,
        ServicenormVersie.richting,
    ).label("uitkomst")
    judged = (
        select(c.partij, c.kwartaal, outcome)
        .join(
            ServicenormVersie,
            and_(
                ServicenormVersie.servicenorm_id == c.norm,
                ServicenormVersie.geldig_vanaf == in_force,
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

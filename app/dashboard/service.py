"""Use cases of the dashboard: the overview of a municipality and the drill-down of a party."""

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.principal import Principal
from app.core.clock import today
from app.core.pagination import PageOf, PageRequest
from app.dashboard.overview import overview_rows
from app.dashboard.schemas import DashboardRij
from app.dashboard.scope import PartijFilters, Scope
from app.dashboard.sorting import Sortering, sort_rows


@dataclass(frozen=True)
class OverzichtVraag:
    filters: PartijFilters
    alleen_aandacht: bool = False
    sortering: Sortering = Sortering.NAAM


async def overview(
    session: AsyncSession, principal: Principal, vraag: OverzichtVraag
) -> list[DashboardRij]:
    """Every active party of the caller's municipality (a regievoerder: the parties it
    directs), filtered and sorted. The attention filter and the sort need every row, so all
    rows of the scope are computed (a municipality has 15–40 parties) and paged afterwards."""
    scope = Scope.of(principal, today(), vraag.filters)
    rows = await overview_rows(session, scope)
    if vraag.alleen_aandacht:
        rows = [row for row in rows if row.aandacht]
    return sort_rows(rows, vraag.sortering)


def page_of(rows: list[DashboardRij], page: PageRequest) -> PageOf[DashboardRij]:
    return PageOf(items=rows[page.offset : page.offset + page.page_size], total=len(rows))

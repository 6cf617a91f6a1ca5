"""Use cases of the dashboard: the overview of a municipality."""

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.principal import Principal
from app.auth.roles import Rol
from app.core.clock import today
from app.core.pagination import PageOf, PageRequest
from app.dashboard.cache import OverviewCache
from app.dashboard.filters import PartijFilters, filtered
from app.dashboard.overview import OverzichtRegel, scope_rows
from app.dashboard.queries.stempel import stamp
from app.dashboard.schemas import DashboardRij
from app.dashboard.scope import Scope
from app.dashboard.sorting import Sortering, sort_rows

Cache = OverviewCache[list[OverzichtRegel]]


@dataclass(frozen=True)
class OverzichtVraag:
    filters: PartijFilters
    sortering: Sortering = Sortering.NAAM


async def overview(
    session: AsyncSession, principal: Principal, vraag: OverzichtVraag, cache: Cache
) -> list[DashboardRij]:
    """Every active party of the caller's municipality (a regievoerder: the parties it
    directs), filtered and sorted. The attention filter and the sort need every row, so the
    rows of all the municipality's parties are computed (a municipality has 15–40) and kept
    until a write changes them; filters, sort and pages apply to them per request."""
    scope = Scope(principal.tenant_id, today())
    regels = await municipality_rows(session, scope, cache)
    directed = principal.gebruiker_id if principal.rol is Rol.REGIEVOERDER else None
    rows = [regel.rij for regel in filtered(regels, vraag.filters, directed)]
    return sort_rows(rows, vraag.sortering)


async def municipality_rows(
    session: AsyncSession, scope: Scope, cache: Cache
) -> list[OverzichtRegel]:
    """The rows of every party in scope: from the cache while the stamp is unchanged."""
    if not cache.enabled:
        return await scope_rows(session, scope)
    current = await stamp(session, scope.organisatie_id)
    return await cache.get_or_compute(
        (scope.organisatie_id, scope.today), current, lambda: scope_rows(session, scope)
    )


def page_of(rows: list[DashboardRij], page: PageRequest) -> PageOf[DashboardRij]:
    return PageOf(items=rows[page.offset : page.offset + page.page_size], total=len(rows))

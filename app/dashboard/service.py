"""Use cases of the dashboard: the overview of a municipality."""

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.principal import Principal
from app.auth.roles import Rol
from app.core.changes import Changes
from app.core.clock import today
from app.core.pagination import PageOf, PageRequest, envelope
from app.dashboard.cache import OverviewCache
from app.dashboard.filters import PartijFilters, filtered
from app.dashboard.overview import OverzichtRegel, scope_rows
from app.dashboard.queries.regievoerders import Regievoerder
from app.dashboard.queries.stamp import stamp
from app.dashboard.schemas import DashboardRij
from app.dashboard.scope import Scope
from app.dashboard.sorting import Sortering, sort_rows

RENDERED_PER_MUNICIPALITY = 64  # JSON pages kept per municipality (URL × Accept × regievoerder)
PageKey = tuple[str, str | None, uuid.UUID | None]


@dataclass
class Gemeentestand:
    """Every row of a municipality's overview, and JSON pages already rendered from them."""

    regels: list[OverzichtRegel]
    pages: dict[PageKey, bytes] = field(default_factory=dict)


Cache = OverviewCache[Gemeentestand]


def new_cache(max_age_seconds: float, changes: Changes) -> Cache:
    return OverviewCache(max_age_seconds, _parties_of, changes)


def _parties_of(stand: Gemeentestand) -> Iterable[uuid.UUID]:
    return (regel.partij.id for regel in stand.regels)


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
    stand = await municipality(session, principal, cache)
    return _select(stand, principal, vraag)


@dataclass(frozen=True)
class OverzichtMetKeuzes:
    """The overview as a page shows it: the rows asked for, every row the caller may see (for
    what needs attention, whatever the filters), and the choices of the regievoerder filter."""

    rijen: list[DashboardRij]
    alle_rijen: list[DashboardRij]
    regievoerders: list[Regievoerder]


async def overview_with_choices(
    session: AsyncSession, principal: Principal, vraag: OverzichtVraag, cache: Cache
) -> OverzichtMetKeuzes:
    """`overview` for the question, every row the caller may see, and the municipality's
    regievoerders who direct any of its parties, by name; from one computation."""
    stand = await municipality(session, principal, cache)
    found = {r.id: r for regel in stand.regels for r in regel.regievoerders}
    choices = sorted(found.values(), key=lambda r: (r.naam.casefold(), str(r.id)))
    everything = _select(stand, principal, OverzichtVraag(PartijFilters()))
    return OverzichtMetKeuzes(_select(stand, principal, vraag), everything, choices)


async def overview_page(
    session: AsyncSession,
    principal: Principal,
    vraag: OverzichtVraag,
    page: PageRequest,
    cache: Cache,
    accept: str | None,
) -> bytes:
    """One page of the overview as JSON (the collection envelope), rendered once per URL,
    Accept header and caller scope while the municipality's rows stay current."""
    stand = await municipality(session, principal, cache)
    key = _page_key(page.url, accept, principal)
    if key not in stand.pages:
        rows = _select(stand, principal, vraag)
        rendered = envelope(page, page_of(rows, page), lambda row: row)
        if len(stand.pages) >= RENDERED_PER_MUNICIPALITY:
            stand.pages.clear()
        stand.pages[key] = rendered.model_dump_json(by_alias=True).encode()
    return stand.pages[key]


async def municipality(session: AsyncSession, principal: Principal, cache: Cache) -> Gemeentestand:
    """The rows of every active party of the caller's municipality: from the cache while the
    stamp is unchanged."""
    scope = Scope(principal.tenant_id, today())

    async def compute() -> Gemeentestand:
        return Gemeentestand(await scope_rows(session, scope))

    if not cache.enabled:
        return await compute()
    current = None if cache.notified else await stamp(session, scope.organisatie_id)
    return await cache.get_or_compute((scope.organisatie_id, scope.today), current, compute)


def rendered_page(cache: Cache, principal: Principal, url: str, accept: str | None) -> bytes | None:
    """The JSON page `overview_page` rendered before for this URL, Accept header and caller,
    if the change notifications vouch that the municipality's rows are still current. No
    query: for the requests that can be answered before routing (fast_path.py)."""
    if not cache.notified:
        return None
    stand = cache.current((principal.tenant_id, today()))
    return None if stand is None else stand.pages.get(_page_key(url, accept, principal))


def _page_key(url: str, accept: str | None, principal: Principal) -> PageKey:
    return (url, accept, _directed(principal))


def _directed(principal: Principal) -> uuid.UUID | None:
    return principal.gebruiker_id if principal.rol is Rol.REGIEVOERDER else None


def _select(
    stand: Gemeentestand, principal: Principal, vraag: OverzichtVraag
) -> list[DashboardRij]:
    regels = filtered(stand.regels, vraag.filters, _directed(principal))
    return sort_rows([regel.rij for regel in regels], vraag.sortering)


def page_of(rows: list[DashboardRij], page: PageRequest) -> PageOf[DashboardRij]:
    return PageOf(items=rows[page.offset : page.offset + page.page_size], total=len(rows))

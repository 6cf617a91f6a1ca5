"""Use cases of the dashboard: the overview of a municipality."""

import uuid
from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.principal import Principal
from app.auth.roles import Rol
from app.core.clock import today
from app.core.pagination import PageOf, PageRequest, envelope
from app.dashboard.cache import OverviewCache
from app.dashboard.filters import PartijFilters, filtered
from app.dashboard.overview import OverzichtRegel, scope_rows
from app.dashboard.queries.partijen import Partij
from app.dashboard.queries.regievoerders import Regievoerder
from app.dashboard.queries.versies import Versies, versions
from app.dashboard.schemas import DashboardRij
from app.dashboard.scope import Scope
from app.dashboard.sorting import Sortering, sort_rows

RENDERED_PER_MUNICIPALITY = 64  # JSON pages kept per municipality (URL × Accept × regievoerder)
PageKey = tuple[str, str | None, uuid.UUID | None]


@dataclass
class Gemeentestand:
    """Every row of a municipality's overview at `versies`, and JSON pages already rendered
    from them."""

    versies: Versies
    regels: list[OverzichtRegel]
    pages: dict[PageKey, bytes] = field(default_factory=dict)

    def by_party(self) -> dict[uuid.UUID, OverzichtRegel]:
        return {regel.partij.id: regel for regel in self.regels}


Cache = OverviewCache[Gemeentestand]


def new_cache(max_age_seconds: float) -> Cache:
    return OverviewCache(max_age_seconds)


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
    return select_rows(stand, principal, vraag)


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
    everything = select_rows(stand, principal, OverzichtVraag(PartijFilters()))
    return OverzichtMetKeuzes(select_rows(stand, principal, vraag), everything, choices)


def page_json(
    stand: Gemeentestand,
    principal: Principal,
    vraag: OverzichtVraag,
    page: PageRequest,
    accept: str | None,
) -> bytes:
    """One page of the overview as JSON (the collection envelope), rendered once per URL,
    Accept header and caller scope and kept with the municipality's rows."""
    key = _page_key(page.url, accept, principal)
    if key not in stand.pages:
        rows = select_rows(stand, principal, vraag)
        rendered = envelope(page, page_of(rows, page), lambda row: row)
        if len(stand.pages) >= RENDERED_PER_MUNICIPALITY:
            stand.pages.clear()
        stand.pages[key] = rendered.model_dump_json(by_alias=True).encode()
    return stand.pages[key]


async def current_versions(session: AsyncSession, principal: Principal) -> Versies:
    """The versions of everything the caller's overview shows (one query): what its ETag is
    made of, read before anything is computed."""
    return await versions(session, _scope(principal))


async def municipality(
    session: AsyncSession, principal: Principal, cache: Cache, versies: Versies | None = None
) -> Gemeentestand:
    """The rows of every active party of the caller's municipality: from the cache while the
    versions read from the database (`versies`, else read now) show no change; after a change,
    only the rows of the parties that changed are computed again, and of a party whose partner
    alone delivered, only the shared columns."""
    scope = _scope(principal)
    versies = versies or await versions(session, scope)

    async def compute(before: Gemeentestand | None) -> Gemeentestand:
        changed = versies.changed_parties(before.versies if before else None)
        reuse = {} if before is None or changed is None else before.by_party()
        delivered = {}
        for party in changed or ():
            kept = reuse.pop(party, None)
            if kept is not None and before and versies.only_delivered(before.versies, party):
                delivered[party] = kept
        shared = (versies.partijen, cache.shared) if cache.enabled else None
        known = _same_parties(before, versies, changed, delivered)
        rows = await scope_rows(session, scope, reuse, shared, delivered, known)
        return Gemeentestand(versies, rows)

    if not cache.enabled:
        return await compute(None)
    return await cache.get(scope.organisatie_id, versies, compute)


def _same_parties(
    before: Gemeentestand | None,
    versies: Versies,
    changed: set[uuid.UUID] | None,
    delivered: dict[uuid.UUID, OverzichtRegel],
) -> list[Partij] | None:
    """The parties of the rows before, when only partners delivered since: the same parties
    in scope, with the same facts (a change of those is no delivery)."""
    if before is None or changed is None or not changed <= delivered.keys():
        return None
    if before.versies.partijen.keys() != versies.partijen.keys():
        return None
    return [regel.partij for regel in before.regels]


def _scope(principal: Principal) -> Scope:
    return Scope(principal.tenant_id, today())


def _page_key(url: str, accept: str | None, principal: Principal) -> PageKey:
    return (url, accept, directed(principal))


def directed(principal: Principal) -> uuid.UUID | None:
    """The regievoerder whose parties alone the caller sees, if it is one."""
    return principal.gebruiker_id if principal.rol is Rol.REGIEVOERDER else None


def select_rows(
    stand: Gemeentestand, principal: Principal, vraag: OverzichtVraag
) -> list[DashboardRij]:
    """The rows the question and the caller's scope keep, in the order asked."""
    regels = filtered(stand.regels, vraag.filters, directed(principal))
    return sort_rows([regel.rij for regel in regels], vraag.sortering)


def page_of(rows: list[DashboardRij], page: PageRequest) -> PageOf[DashboardRij]:
    return PageOf(items=rows[page.offset : page.offset + page.page_size], total=len(rows))


async def party_versions(
    session: AsyncSession, principal: Principal, party_id: uuid.UUID
) -> Versies:
    """The versions of what the drill-down of a party shows (one query; no party when the
    caller may not see it)."""
    return await versions(session, Scope.of(principal, today(), party_id=party_id))


def known_row(
    cache: Cache, principal: Principal, party_id: uuid.UUID, versies: Versies
) -> OverzichtRegel | None:
    """The party's overview row from the cached overview, if that holds every write `versies`
    holds."""
    stand = cache.peek(principal.tenant_id) if cache.enabled else None
    if stand is None or stand.versies.today != versies.today or stand.versies.eigen < versies.eigen:
        return None
    cached, wanted = stand.versies.partijen.get(party_id), versies.partijen.get(party_id)
    if cached is None or wanted is None or cached < wanted:
        return None
    return next((regel for regel in stand.regels if regel.partij.id == party_id), None)

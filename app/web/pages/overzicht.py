"""The overview (`/`): what needs attention, then the dashboard overview as a table, with
its filters, sort, pages and downloads."""

from fastapi import Request
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.responses import RedirectResponse, Response

from app.auth.principal import Principal
from app.auth.roles import MUNICIPAL_ROLES as READERS
from app.auth.roles import Rol
from app.core.clock import today
from app.core.db import DbSession
from app.core.exports.csv_writer import Scheidingsteken
from app.core.exports.formats import ExportFormaat
from app.core.exports.responses import ExportRequest, export_response
from app.core.pagination import PageRequest
from app.dashboard import service as dashboard
from app.dashboard.exports import overview_sheet
from app.voortgang import service as voortgang
from app.voortgang.repository import RapportageFilter
from app.voortgang.workflow import RapportageStatus
from app.web import urls
from app.web.dependencies import MunicipalPage, SignedIn
from app.web.forms import errors_by_field
from app.web.rendering import render
from app.web.routing import error_page, page_router
from app.web.views.aandacht import Rapport, attention
from app.web.views.labels import BBV
from app.web.views.overzicht import NIVEAUS, PAGE_SIZE, read_form, sort_choices
from app.web.views.pagination import paged

router = page_router()
WAITING_LIMIT = 100  # status reports listed per kind at most


async def _waiting(
    session: AsyncSession, principal: Principal, status: RapportageStatus, url: str
) -> list[Rapport]:
    """The status reports of the caller's municipality in this status."""
    page = PageRequest(1, WAITING_LIMIT, url)
    found = await voortgang.list_reports(session, principal, RapportageFilter(status=status), page)
    return [Rapport(r.id, r.verbonden_partij_id, r.periode) for r in found.items]


@router.get("/")
async def overzicht(request: Request, session: DbSession, aangemeld: SignedIn) -> Response:
    """The overview of the person's municipality (a regievoerder: its parties)."""
    principal = aangemeld.principal
    if principal.rol not in READERS:
        return RedirectResponse(urls.partner(), status_code=303)
    form = read_form(request.query_params)
    cache = request.app.state.dashboard_cache
    beeld = await dashboard.overview_with_choices(session, principal, form.vraag, cache)
    url = str(request.url)
    returned = await _waiting(session, principal, RapportageStatus.TERUGGESTUURD, url)
    submitted = (  # only the MT judges submitted reports
        await _waiting(session, principal, RapportageStatus.INGEDIEND, url)
        if principal.rol is Rol.MT
        else []
    )
    groups = attention(principal.rol, beeld.alle_rijen, returned, submitted, today())
    rows = paged(beeld.rijen, form.page, PAGE_SIZE, lambda n: f"/?{form.query(page=n)}")
    context = {
        "formulier": form,
        "fouten": form.fouten,
        "foutmap": errors_by_field(form.fouten),
        "aandacht": groups,
        "rijen": rows,
        "aantal_partijen": len(beeld.alle_rijen),
        "keuzes": {
            "bbvCategorie": list(BBV.items()),
            "monitoringsniveau": NIVEAUS,
            "regievoerder": [(str(r.id), r.naam) for r in beeld.regievoerders],
            "sorteer": sort_choices(),
        },
        "toon_regievoerderfilter": principal.rol is not Rol.REGIEVOERDER,
    }
    status = 400 if form.fouten else 200
    return render(request, "overzicht/index.html", context, status_code=status)


async def _download(
    request: Request, session: AsyncSession, principal: Principal, formaat: ExportFormaat
) -> Response:
    form = read_form(request.query_params)
    raw = request.query_params.get("scheidingsteken") or Scheidingsteken.KOMMA.value
    if form.fouten or raw not in {s.value for s in Scheidingsteken}:
        return error_page(request, 400, "Een of meer filters in het adres kloppen niet.")
    cache = request.app.state.dashboard_cache
    rows = await dashboard.overview(session, principal, form.vraag, cache)
    export = ExportRequest(formaat, Scheidingsteken(raw))
    return await export_response(export, [overview_sheet(rows)], "dashboard")


@router.get("/overzicht.csv")
async def overzicht_csv(request: Request, session: DbSession, principal: MunicipalPage) -> Response:
    """The overview's rows (every page, with the filters and sort) as CSV, like the API's."""
    return await _download(request, session, principal, ExportFormaat.CSV)


@router.get("/overzicht.xlsx")
async def overzicht_xlsx(
    request: Request, session: DbSession, principal: MunicipalPage
) -> Response:
    """The overview's rows as an Excel workbook, like the API's."""
    return await _download(request, session, principal, ExportFormaat.XLSX)

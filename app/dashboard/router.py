"""HTTP for the dashboard: the overview and the drill-down, as JSON, CSV or XLSX.

Every answer carries an ETag made of the versions of what it shows (read from the database
first, one query), the caller's scope, the URL and the `Accept` header; `If-None-Match` with
that ETag answers 304 before anything is computed."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from starlette.responses import Response

from app.auth.dependencies import Municipal
from app.core.db import DbSession
from app.core.errors import NotFound
from app.core.etag import NOT_MODIFIED, IfNoneMatchHeader, not_modified, unchanged
from app.core.exports.formats import ExportFormaat
from app.core.exports.responses import ExportParams, export_response, export_responses
from app.core.pagination import PageParams
from app.core.schemas import Page
from app.dashboard import detail, service
from app.dashboard.detail_schemas import DashboardPartij
from app.dashboard.etags import etag
from app.dashboard.exports import detail_sheets, norm_series_sheet, overview_sheet
from app.dashboard.filters import PartijFilters
from app.dashboard.schemas import DashboardRij
from app.dashboard.sorting import Sortering
from app.verbonden_partijen.models import BbvCategorie

BBV_CATEGORIE_FILTER = "Alleen partijen van deze BBV-categorie."
MONITORINGSNIVEAU_FILTER = "Alleen partijen met dit monitoringsniveau (1 intensief … 3 licht)."

router = APIRouter(prefix="/dashboard", tags=["Dashboard"])


async def overview_cache(request: Request) -> service.Cache:
    """The app's overview cache (one per worker process, made in app/main.py)."""
    cache: service.Cache = request.app.state.dashboard_cache
    return cache


async def overview_question(
    bbv_categorie: Annotated[
        BbvCategorie | None, Query(alias="bbvCategorie", description=BBV_CATEGORIE_FILTER)
    ] = None,
    monitoringsniveau: Annotated[
        int | None, Query(ge=1, le=3, description=MONITORINGSNIVEAU_FILTER)
    ] = None,
    regievoerder: Annotated[
        uuid.UUID | None,
        Query(description="Alleen de partijen van deze regievoerder (id van het account)."),
    ] = None,
    aandacht: Annotated[
        bool, Query(description="Alleen de regels die aandacht vragen (`aandacht` is `true`).")
    ] = False,
    zoek: Annotated[
        str | None, Query(max_length=100, description="Zoekt in de naam van de partij.")
    ] = None,
    sorteer: Annotated[
        Sortering,
        Query(description="De volgorde; een `-` vooraan keert haar om. Standaard `naam`."),
    ] = Sortering.NAAM,
) -> service.OverzichtVraag:
    filters = PartijFilters(bbv_categorie, monitoringsniveau, regievoerder, zoek, aandacht)
    return service.OverzichtVraag(filters, sorteer)


OverzichtParams = Annotated[service.OverzichtVraag, Depends(overview_question)]
OverviewCache = Annotated[service.Cache, Depends(overview_cache)]


@router.get(
    "",
    response_model=Page[DashboardRij],
    responses={**export_responses("JSON-pagina's"), **NOT_MODIFIED},
)
async def get_dashboard(
    request: Request,
    session: DbSession,
    principal: Municipal,
    vraag: OverzichtParams,
    page: PageParams,
    export: ExportParams,
    cache: OverviewCache,
    if_none_match: IfNoneMatchHeader = None,
) -> Page[DashboardRij] | Response:
    """One flat row per active party of your municipality (a regievoerder: the parties you
    direct): the traffic lights of the latest approved status report and their change, the
    share of norms met and its trend, this year's budget deviation and your share of it, the
    partner's timeliness, the round's status report, actions, the largest risk and the next
    Wgr deadline. Filters narrow the rows; `aandacht=true` keeps the rows that need
    attention. CSV and XLSX hold every row (no pages), with these fields as columns. For mt,
    beheerder, lezer and regievoerder. The ETag changes with every write the overview shows;
    send it back in `If-None-Match` to poll: 304 while nothing changed."""
    url, accept = str(request.url), request.headers.get("accept")
    versies = await service.current_versions(session, principal)
    before = etag(versies, principal, url, accept)
    if unchanged(if_none_match, before):
        return not_modified(before)
    stand = await service.municipality(session, principal, cache, versies)
    tag = etag(stand.versies, principal, url, accept)
    if export.is_json:
        body = service.page_json(stand, principal, vraag, page, accept)
        return Response(body, media_type="application/json", headers={"ETag": tag})
    rows = service.select_rows(stand, principal, vraag)
    response = await export_response(export, [overview_sheet(rows)], "dashboard")
    response.headers["ETag"] = tag
    return response


@router.get(
    "/verbonden-partijen/{party_id}",
    response_model=DashboardPartij,
    responses={**export_responses("JSON"), **NOT_MODIFIED},
)
async def get_dashboard_verbonden_partij(
    request: Request,
    session: DbSession,
    principal: Municipal,
    party_id: uuid.UUID,
    export: ExportParams,
    cache: OverviewCache,
    if_none_match: IfNoneMatchHeader = None,
) -> DashboardPartij | Response:
    """Everything about one party for your municipality: its overview row, every norm with
    its series (per period the latest report revision, with outcome), the budget years with
    deviations and the course of this year's forecast, your status reports per half-year,
    unfinished actions, risks and the Wgr calendar. XLSX holds a sheet per table; CSV holds
    the norms' series as one long table (a row per norm and period). 404 when your
    municipality does not take part in the party (a regievoerder: does not direct it). ETag
    and `If-None-Match` as on the overview."""
    url, accept = str(request.url), request.headers.get("accept")
    versies = await service.party_versions(session, principal, party_id)
    if not versies.partijen:
        raise NotFound("verbonden partij")
    tag = etag(versies, principal, url, accept)
    if unchanged(if_none_match, tag):
        return not_modified(tag)
    known = service.known_row(cache, principal, party_id, versies)
    found = await detail.party_detail(session, principal, party_id, known)
    if export.is_json:
        body = found.model_dump_json(by_alias=True).encode()
        return Response(body, media_type="application/json", headers={"ETag": tag})
    name = f"dashboard-{found.overzicht.naam}"
    if export.formaat is ExportFormaat.CSV:
        response = await export_response(export, [norm_series_sheet(found)], f"{name}-normen")
    else:
        response = await export_response(export, detail_sheets(found), name)
    response.headers["ETag"] = tag
    return response

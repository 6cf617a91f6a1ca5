"""HTTP for semiannual status reports and their workflow."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from app.auth.dependencies import Mt, Municipal, Regievoerder
from app.core.db import DbSession
from app.core.etag import IfMatchHeader, set_etag
from app.core.exports.responses import ExportParams, export_response, export_responses
from app.core.openapi import problem_responses
from app.core.pagination import PageParams, PageRequest, envelope, envelope_of_all
from app.core.period_query import HalfYearQuery
from app.core.schemas import Page
from app.voortgang import service, transitions
from app.voortgang.exports import reports_sheet
from app.voortgang.models import Voortgangsrapportage
from app.voortgang.repository import RapportageFilter
from app.voortgang.schemas import (
    Goedkeuren,
    RapportageVersieRead,
    Terugsturen,
    VoortgangsrapportageCreate,
    VoortgangsrapportageDetail,
    VoortgangsrapportageRead,
    VoortgangsrapportageUpdate,
)
from app.voortgang.views import report_detail, report_read, version_read
from app.voortgang.workflow import RapportageStatus

router = APIRouter(prefix="/voortgangsrapportages", tags=["Voortgangsrapportages"])

CONFLICT = problem_responses(409)
MAX_EXPORT_ROWS = 100_000  # a municipality's reports: parties × half-years, far fewer


async def _detail(
    session: DbSession, report: Voortgangsrapportage, response: Response
) -> VoortgangsrapportageDetail:
    set_etag(response, report.versie)
    return report_detail(report, await service.steps_of(session, report))


@router.get(
    "",
    response_model=Page[VoortgangsrapportageRead],
    responses=export_responses("JSON-pagina's"),
)
async def list_voortgangsrapportages(
    session: DbSession,
    principal: Municipal,
    page: PageParams,
    export: ExportParams,
    periode: HalfYearQuery,
    verbonden_partij: Annotated[
        uuid.UUID | None,
        Query(alias="verbondenPartij", description="Alleen rapportages over deze partij."),
    ] = None,
    status: Annotated[
        RapportageStatus | None, Query(description="Alleen rapportages met deze status.")
    ] = None,
) -> Page[VoortgangsrapportageRead] | Response:
    """Your municipality's status reports, newest half-year first. CSV and XLSX hold every
    report that matches (no pages), one row each with every field of the form."""
    filters = RapportageFilter(verbonden_partij, str(periode) if periode else None, status)
    everything = page if export.is_json else PageRequest(1, MAX_EXPORT_ROWS, page.url)
    result = await service.list_reports(session, principal, filters, everything)
    if export.is_json:
        return envelope(page, result, report_read)
    return await export_response(export, [reports_sheet(result.items)], "voortgangsrapportages")


@router.post(
    "",
    status_code=201,
    response_model=VoortgangsrapportageDetail,
    responses=CONFLICT,
)
async def create_voortgangsrapportage(
    session: DbSession,
    principal: Regievoerder,
    body: VoortgangsrapportageCreate,
    request: Request,
    response: Response,
) -> VoortgangsrapportageDetail:
    """Draft the status report on a party you direct, prefilled with a snapshot of what the
    service knows of the half-year. One per party and half-year."""
    report = await service.create_report(session, principal, body)
    response.headers["Location"] = str(
        request.url_for("get_voortgangsrapportage", report_id=report.id)
    )
    return await _detail(session, report, response)


@router.get("/{report_id}", response_model=VoortgangsrapportageDetail)
async def get_voortgangsrapportage(
    session: DbSession, principal: Municipal, report_id: uuid.UUID, response: Response
) -> VoortgangsrapportageDetail:
    """A status report with its snapshot and its workflow steps."""
    report = await service.get_report(session, principal, report_id)
    return await _detail(session, report, response)


@router.patch("/{report_id}", response_model=VoortgangsrapportageDetail, responses=CONFLICT)
async def update_voortgangsrapportage(
    session: DbSession,
    principal: Regievoerder,
    report_id: uuid.UUID,
    body: VoortgangsrapportageUpdate,
    response: Response,
    if_match: IfMatchHeader = None,
) -> VoortgangsrapportageDetail:
    """JSON Merge Patch of a draft or returned report (nested objects merge). Needs If-Match."""
    report = await service.update_report(session, principal, report_id, body, if_match)
    return await _detail(session, report, response)


@router.post(
    "/{report_id}/_indienen", response_model=VoortgangsrapportageDetail, responses=CONFLICT
)
async def indienen_voortgangsrapportage(
    session: DbSession,
    principal: Regievoerder,
    report_id: uuid.UUID,
    response: Response,
    if_match: IfMatchHeader = None,
) -> VoortgangsrapportageDetail:
    """Submit to the MT. Every '-' and every deviation needs a toelichting (400 names them);
    after the round's deadline the report is marked late. Needs If-Match."""
    report = await transitions.submit(session, principal, report_id, if_match)
    return await _detail(session, report, response)


@router.post(
    "/{report_id}/_goedkeuren", response_model=VoortgangsrapportageDetail, responses=CONFLICT
)
async def goedkeuren_voortgangsrapportage(
    session: DbSession,
    principal: Mt,
    report_id: uuid.UUID,
    response: Response,
    body: Goedkeuren | None = None,
    if_match: IfMatchHeader = None,
) -> VoortgangsrapportageDetail:
    """Approve a submitted report (MT); it is frozen from then on. Needs If-Match."""
    toelichting = body.toelichting if body else None
    report = await transitions.approve(session, principal, report_id, toelichting, if_match)
    return await _detail(session, report, response)


@router.post(
    "/{report_id}/_terugsturen", response_model=VoortgangsrapportageDetail, responses=CONFLICT
)
async def terugsturen_voortgangsrapportage(
    session: DbSession,
    principal: Mt,
    report_id: uuid.UUID,
    body: Terugsturen,
    response: Response,
    if_match: IfMatchHeader = None,
) -> VoortgangsrapportageDetail:
    """Return a submitted report to the regievoerder with what must change. Needs If-Match."""
    report = await transitions.send_back(session, principal, report_id, body.toelichting, if_match)
    return await _detail(session, report, response)


@router.get("/{report_id}/versies", response_model=Page[RapportageVersieRead])
async def list_voortgangsrapportage_versies(
    session: DbSession, principal: Municipal, report_id: uuid.UUID, page: PageParams
) -> Page[RapportageVersieRead]:
    """Every submitted version, oldest first, as submitted, with the MT's decision on it."""
    versions, steps = await service.versions_of(session, principal, report_id)
    return envelope_of_all(page, versions, lambda version: version_read(version, steps))

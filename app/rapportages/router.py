"""HTTP for partner reports: the push, reading back, time series, timeliness."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from app.auth.dependencies import CurrentPrincipal, PartyWriter
from app.auth.rate_limits import PartnerPushRateLimit
from app.core.body_checks import also_checked_by
from app.core.clock import today
from app.core.db import DbSession
from app.core.errors import InvalidInput
from app.core.exports.responses import ExportParams, export_response, export_responses
from app.core.openapi import problem_responses
from app.core.pagination import PageParams, PageRequest, envelope
from app.core.period_query import PeriodeQuery, TotQuery, VanQuery
from app.core.periods import Periode
from app.core.schemas import Page
from app.rapportages import service
from app.rapportages.exports import series_sheet
from app.rapportages.idempotency import IdempotencyKeyHeader
from app.rapportages.models import RapportageSoort
from app.rapportages.partial_checks import push_problems_beyond_schema
from app.rapportages.repository import RapportageFilter
from app.rapportages.schemas import (
    MetingPunt,
    NormOutcomeSummary,
    Ontvangstbewijs,
    RapportageCreate,
    RapportageRead,
    RapportageSamenvatting,
    TimelinessSummary,
)
from app.verbonden_partijen import service as partijen

router = APIRouter(tags=["Rapportages"])

MAX_RANGE_MONTHS = 120
MAX_EXPORT_ROWS = 100_000  # periods of one norm: far more than 50 years of months


@router.post(
    "/verbonden-partijen/{party_id}/rapportages",
    status_code=status.HTTP_201_CREATED,
    response_model=Ontvangstbewijs,
    responses={
        201: {
            "description": "Het ontvangstbewijs; een nieuwe poging met dezelfde sleutel krijgt "
            "precies deze bytes.",
            "headers": {
                "Location": {"description": "De rapportage.", "schema": {"type": "string"}}
            },
        },
        **problem_responses(409, 422, 429),
    },
)
@also_checked_by(push_problems_beyond_schema)
async def create_rapportage(
    session: DbSession,
    principal: PartyWriter,
    _limit: PartnerPushRateLimit,
    party_id: uuid.UUID,
    body: RapportageCreate,
    request: Request,
    idempotency_key: IdempotencyKeyHeader = None,
) -> Response:
    """Push a report: the partner of this party (with `Idempotency-Key`), or a regievoerder or
    beheerder on its behalf. All measurements are stored, or none: a 400 lists every bad one.
    A second push for the same period and `soort` is the next revision (`vervangt` points at
    the previous one); nothing is overwritten. The 201 body is the receipt. Idempotency-Key:
    keys are kept at least 24 hours; a retry with the same key and body returns the stored
    response; the same key with another body is 422. Two different pushes for the same
    period at the same moment: one gets 409, and may simply be sent again."""

    def location_of(report_id: uuid.UUID) -> str:
        return str(request.url_for("get_rapportage", report_id=report_id))

    stored = await service.push_report(
        session, principal, party_id, body, idempotency_key, location_of
    )
    return Response(
        stored.body,
        status_code=stored.status_code,
        headers=stored.headers,
        media_type="application/json",
    )


@router.get(
    "/verbonden-partijen/{party_id}/rapportages", response_model=Page[RapportageSamenvatting]
)
async def list_rapportages(
    session: DbSession,
    principal: CurrentPrincipal,
    party_id: uuid.UUID,
    page: PageParams,
    periode: PeriodeQuery,
    soort: Annotated[
        RapportageSoort | None, Query(description="Alleen rapportages van deze soort.")
    ] = None,
    actueel: Annotated[
        bool | None, Query(description="`true`: alleen revisies die niet zijn vervangen.")
    ] = None,
) -> Page[RapportageSamenvatting]:
    """Every revision of the party's reports, newest period first."""
    filters = RapportageFilter(str(periode) if periode else None, soort, actueel)
    result = await service.list_reports(session, principal, party_id, filters, page)
    return envelope(page, result, service.summary_of)


@router.get("/rapportages/{report_id}", response_model=RapportageRead)
async def get_rapportage(
    session: DbSession, principal: CurrentPrincipal, report_id: uuid.UUID
) -> RapportageRead:
    """One revision with its measurements and their outcomes (superseded ones too)."""
    return await service.get_report(session, principal, report_id)


@router.get(
    "/servicenormen/{norm_id}/metingen",
    response_model=Page[MetingPunt],
    responses=export_responses("JSON-pagina's"),
)
async def list_servicenorm_metingen(
    session: DbSession,
    principal: CurrentPrincipal,
    norm_id: uuid.UUID,
    page: PageParams,
    export: ExportParams,
    van: VanQuery,
    tot: TotQuery,
) -> Page[MetingPunt] | Response:
    """The norm's time series, oldest period first: per period the measurement of the latest
    report revision, judged against the norm version in force in that period. `van`/`tot`
    keep the periods that overlap them. CSV and XLSX hold the whole series (no pages), with
    the outcomes in traffic-light colours in XLSX."""
    everything = page if export.is_json else PageRequest(1, MAX_EXPORT_ROWS, page.url)
    norm, result = await service.time_series(session, principal, norm_id, van, tot, everything)
    if export.is_json:
        return envelope(page, result, lambda row: service.point_of(norm, row))
    points = (service.point_of(norm, row) for row in result.items)
    return await export_response(export, [series_sheet(norm.code, points)], f"metingen-{norm.code}")


@router.get("/verbonden-partijen/{party_id}/tijdigheid", response_model=TimelinessSummary)
async def get_tijdigheid(
    session: DbSession,
    principal: CurrentPrincipal,
    party_id: uuid.UUID,
    van: VanQuery,
    tot: TotQuery,
) -> TimelinessSummary:
    """Whether the partner reported each norm's periods (ending from `van` to `tot`; default
    the current half-year) on time: deadline = last day + `rapportagetermijnDagen`."""
    await partijen.get_party(session, principal, party_id)
    current = Periode.half_year_of(today())
    start = van or current
    end = tot or max(start, current)
    if end.end < start.start or (end.end.year - start.start.year) * 12 > MAX_RANGE_MONTHS:
        raise InvalidInput.field("tot", "Must lie after van, at most 10 years later.")
    return await service.timeliness_between(session, party_id, start, end, today())


@router.get("/verbonden-partijen/{party_id}/norm-uitkomsten", response_model=NormOutcomeSummary)
async def get_norm_uitkomsten(
    session: DbSession,
    principal: CurrentPrincipal,
    party_id: uuid.UUID,
    periode: PeriodeQuery,
) -> NormOutcomeSummary:
    """Per norm its latest measurement in `periode` (default the current half-year) and
    outcome; counts and the share of measured norms met."""
    await partijen.get_party(session, principal, party_id)
    chosen = periode or Periode.half_year_of(today())
    return await service.norm_outcomes_for_period(session, party_id, chosen)

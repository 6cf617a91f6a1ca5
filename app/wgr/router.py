"""HTTP for the Wgr cycle: documents received, the regeling's own dates, the calendar."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from app.auth.dependencies import CurrentPrincipal, Municipal, PartyWriter
from app.auth.rate_limits import PartnerPushRateLimit
from app.core.db import DbSession
from app.core.etag import IfMatchHeader
from app.core.openapi import problem_responses
from app.core.pagination import PageParams, envelope, envelope_of_all, envelope_of_whole
from app.core.schemas import Page
from app.wgr import service
from app.wgr.calendar import DocumentSoort
from app.wgr.retries import DocumentKeyHeader
from app.wgr.schemas import (
    DocumentCreate,
    DocumentRead,
    EigenTermijnen,
    EigenTermijnRead,
    WgrKalender,
)

router = APIRouter(tags=["Wgr"])


@router.get("/verbonden-partijen/{party_id}/documenten", response_model=Page[DocumentRead])
async def list_documenten(
    session: DbSession,
    principal: CurrentPrincipal,
    party_id: uuid.UUID,
    page: PageParams,
    jaar: Annotated[
        int | None,
        Query(ge=1900, le=2999, description="Alleen documenten over dit begrotingsjaar."),
    ] = None,
    soort: Annotated[
        DocumentSoort | None, Query(description="Alleen documenten van deze soort.")
    ] = None,
) -> Page[DocumentRead]:
    """Documents of the party's financial cycle and when they were received."""
    result = await service.list_documents(session, principal, party_id, jaar, soort, page)
    return envelope(page, result, DocumentRead.model_validate)


@router.post(
    "/verbonden-partijen/{party_id}/documenten",
    status_code=status.HTTP_201_CREATED,
    response_model=DocumentRead,
    responses=problem_responses(409, 422, 429),
)
async def create_document(
    session: DbSession,
    principal: PartyWriter,
    _limit: PartnerPushRateLimit,
    party_id: uuid.UUID,
    body: DocumentCreate,
    idempotency_key: DocumentKeyHeader = None,
) -> DocumentRead:
    """Record a received document: by the party's partner (with `Idempotency-Key`), its
    regievoerder or a beheerder. One per party, kind and year: another is 409. A retry with
    the same key and body returns the document recorded the first time."""
    document = await service.register_document(session, principal, party_id, body, idempotency_key)
    return DocumentRead.model_validate(document)


@router.get("/verbonden-partijen/{party_id}/wgr-termijnen", response_model=Page[EigenTermijnRead])
async def list_wgr_termijnen(
    session: DbSession,
    principal: CurrentPrincipal,
    party_id: uuid.UUID,
    page: PageParams,
    response: Response,
) -> Page[EigenTermijnRead]:
    """The dates the regeling sets itself, overriding the law's defaults every year. The ETag
    names this set: send it as If-Match to replace it."""
    termijnen = await service.list_own_dates(session, principal, party_id)
    response.headers["ETag"] = service.own_dates_etag(termijnen)
    return envelope_of_all(page, termijnen, EigenTermijnRead.model_validate)


@router.put(
    "/verbonden-partijen/{party_id}/wgr-termijnen",
    response_model=Page[EigenTermijnRead],
    responses=problem_responses(429),
)
async def replace_wgr_termijnen(
    session: DbSession,
    principal: PartyWriter,
    _limit: PartnerPushRateLimit,
    party_id: uuid.UUID,
    body: EigenTermijnen,
    request: Request,
    response: Response,
    if_match: IfMatchHeader = None,
) -> Page[EigenTermijnRead]:
    """Replace the regeling's own dates (e.g. `vaststelling_begroting` on 2 July); an empty
    list returns to the law's defaults. If-Match: the ETag of your last read of the set
    (missing: 428; changed meanwhile: 412)."""
    termijnen = await service.replace_own_dates(session, principal, party_id, body, if_match)
    response.headers["ETag"] = service.own_dates_etag(termijnen)
    return envelope_of_whole(str(request.url), termijnen, EigenTermijnRead.model_validate)


@router.get("/wgr-kalender", response_model=WgrKalender)
async def get_wgr_kalender(
    session: DbSession,
    principal: Municipal,
    jaar: Annotated[int, Query(ge=1900, le=2999, description="Het begrotingsjaar J.")],
) -> WgrKalender:
    """Your municipality's gemeenschappelijke regelingen (with an own budget): the Wgr due dates
    of the documents of year J (kaders and draft budget in J−1, accounts in J+1), which came
    and when, which are late, and by when your council's zienswijze is due."""
    return await service.wgr_calendar(session, principal, jaar)

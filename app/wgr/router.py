"""HTTP for the Wgr cycle: documents received, the regeling's own dates, the calendar."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from app.auth.dependencies import CurrentPrincipal, Municipal, PartyWriter
from app.auth.rate_limits import PartnerPushRateLimit
from app.core.db import DbSession
from app.core.openapi import problem_responses
from app.core.pagination import PageParams, envelope
from app.core.schemas import Page
from app.wgr import service
from app.wgr.calendar import DocumentSoort
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
    jaar: Annotated[int | None, Query(ge=1900, le=2999)] = None,
    soort: DocumentSoort | None = None,
) -> Page[DocumentRead]:
    """Documents of the party's financial cycle and when they were received."""
    result = await service.list_documents(session, principal, party_id, jaar, soort, page)
    return envelope(page, result, DocumentRead.model_validate)


@router.post(
    "/verbonden-partijen/{party_id}/documenten",
    status_code=status.HTTP_201_CREATED,
    response_model=DocumentRead,
    responses=problem_responses(429),
)
async def create_document(
    session: DbSession,
    principal: PartyWriter,
    _limit: PartnerPushRateLimit,
    party_id: uuid.UUID,
    body: DocumentCreate,
) -> DocumentRead:
    """Record a received document: by the party's partner, its regievoerder or a beheerder."""
    document = await service.register_document(session, principal, party_id, body)
    return DocumentRead.model_validate(document)


@router.get("/verbonden-partijen/{party_id}/wgr-termijnen", response_model=list[EigenTermijnRead])
async def list_wgr_termijnen(
    session: DbSession, principal: CurrentPrincipal, party_id: uuid.UUID
) -> list[EigenTermijnRead]:
    """The dates the regeling sets itself, overriding the law's defaults every year."""
    termijnen = await service.list_own_dates(session, principal, party_id)
    return [EigenTermijnRead.model_validate(termijn) for termijn in termijnen]


@router.put(
    "/verbonden-partijen/{party_id}/wgr-termijnen",
    response_model=list[EigenTermijnRead],
    responses=problem_responses(429),
)
async def replace_wgr_termijnen(
    session: DbSession,
    principal: PartyWriter,
    _limit: PartnerPushRateLimit,
    party_id: uuid.UUID,
    body: EigenTermijnen,
) -> list[EigenTermijnRead]:
    """Replace the regeling's own dates (e.g. `vaststelling_begroting` on 2 July); an empty
    list returns to the law's defaults."""
    termijnen = await service.replace_own_dates(session, principal, party_id, body)
    return [EigenTermijnRead.model_validate(termijn) for termijn in termijnen]


@router.get("/wgr-kalender", response_model=WgrKalender)
async def get_wgr_kalender(
    session: DbSession,
    principal: Municipal,
    jaar: Annotated[int, Query(ge=1900, le=2999, description="The financial year J.")],
) -> WgrKalender:
    """Your municipality's gemeenschappelijke regelingen (with an own budget): the Wgr due dates
    of the documents of year J (kaders and draft budget in J−1, accounts in J+1), which came
    and when, which are late, and by when your council's zienswijze is due."""
    return await service.wgr_calendar(session, principal, jaar)

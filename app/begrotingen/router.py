"""HTTP for budgets and actuals of a party."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Response, status

from app.auth.dependencies import CurrentPrincipal, PartyWriter
from app.auth.rate_limits import PartnerPushRateLimit
from app.begrotingen import service
from app.begrotingen.schemas import (
    BegrotingInhoud,
    BegrotingRead,
    BegrotingSamenvatting,
    BegrotingVersie,
)
from app.core.db import DbSession
from app.core.etag import IfMatchWhenReplacingHeader, set_etag
from app.core.openapi import problem_responses
from app.core.pagination import PageParams, envelope
from app.core.schemas import Page

router = APIRouter(prefix="/verbonden-partijen/{party_id}/begrotingen", tags=["Begrotingen"])

Jaar = Annotated[int, Path(ge=1900, le=2999, description="Het begrotingsjaar.")]


@router.get("", response_model=Page[BegrotingSamenvatting])
async def list_begrotingen(
    session: DbSession, principal: CurrentPrincipal, party_id: uuid.UUID, page: PageParams
) -> Page[BegrotingSamenvatting]:
    """The years for which the party has a budget, newest first."""
    result = await service.list_budgets(session, principal, party_id, page)
    return envelope(page, result, service.summary_view)


@router.get("/{jaar}", response_model=BegrotingRead)
async def get_begroting(
    session: DbSession,
    principal: CurrentPrincipal,
    party_id: uuid.UUID,
    jaar: Jaar,
    response: Response,
) -> BegrotingRead:
    """Budget and actuals of a year, with the deviations; for a municipal account also judged
    against its municipality's thresholds, with its own share."""
    begroting = await service.get_budget(session, principal, party_id, jaar)
    set_etag(response, begroting.versie)
    return begroting


@router.put(
    "/{jaar}",
    response_model=BegrotingRead,
    responses={
        201: {"description": "Aangemaakt.", "model": BegrotingRead},
        **problem_responses(409, 429),
    },
)
async def put_begroting(
    session: DbSession,
    principal: PartyWriter,
    _limit: PartnerPushRateLimit,
    party_id: uuid.UUID,
    jaar: Jaar,
    body: BegrotingInhoud,
    response: Response,
    if_match: IfMatchWhenReplacingHeader = None,
) -> BegrotingRead:
    """Create the year's budget (201, no If-Match) or replace it whole (200, If-Match needed).

    The partner of this party, its regievoerder or a beheerder of a participant. Every version
    stays readable in `…/historie`. `bijdragen[].organisatieId` must be a participant.
    If-Match on a year without a budget is 412 (there is nothing to match)."""
    begroting, created = await service.put_budget(
        session, principal, party_id, jaar, body, if_match
    )
    if created:
        response.status_code = status.HTTP_201_CREATED
    set_etag(response, begroting.versie)
    return begroting


@router.get("/{jaar}/historie", response_model=Page[BegrotingVersie])
async def list_begroting_historie(
    session: DbSession,
    principal: CurrentPrincipal,
    party_id: uuid.UUID,
    jaar: Jaar,
    page: PageParams,
) -> Page[BegrotingVersie]:
    """Every stored version of the year's budget with time and actor, oldest first: the course
    of the forecast through the year."""
    result = await service.budget_history(session, principal, party_id, jaar, page)
    return envelope(page, result, lambda version: version)

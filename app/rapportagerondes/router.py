"""HTTP for reporting rounds."""

import uuid

from fastapi import APIRouter, Request, Response, status

from app.auth.dependencies import Municipal, RoundManager
from app.core.db import DbSession
from app.core.etag import IfMatchHeader, set_etag
from app.core.openapi import problem_responses
from app.core.pagination import PageParams, envelope
from app.core.period_query import HalfYearQuery
from app.core.schemas import Page
from app.rapportagerondes import service
from app.rapportagerondes.overview import round_detail
from app.rapportagerondes.schemas import (
    RapportagerondeCreate,
    RapportagerondeDetail,
    RapportagerondeRead,
    RapportagerondeUpdate,
)

router = APIRouter(prefix="/rapportagerondes", tags=["Rapportagerondes"])


@router.get("", response_model=Page[RapportagerondeRead])
async def list_rapportagerondes(
    session: DbSession, principal: Municipal, page: PageParams, periode: HalfYearQuery
) -> Page[RapportagerondeRead]:
    """Your municipality's rounds, newest half-year first."""
    result = await service.list_rounds(session, principal, periode, page)
    return envelope(page, result, RapportagerondeRead.model_validate)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=RapportagerondeDetail,
    responses=problem_responses(409),
)
async def create_rapportageronde(
    session: DbSession,
    principal: RoundManager,
    body: RapportagerondeCreate,
    request: Request,
    response: Response,
) -> RapportagerondeDetail:
    """Open the round of a half-year: the parties that must report, and their regievoerders."""
    ronde = await service.create_round(session, principal, body)
    response.headers["Location"] = str(request.url_for("get_rapportageronde", ronde_id=ronde.id))
    set_etag(response, ronde.versie)
    return await round_detail(session, ronde)


@router.get("/{ronde_id}", response_model=RapportagerondeDetail)
async def get_rapportageronde(
    session: DbSession, principal: Municipal, ronde_id: uuid.UUID, response: Response
) -> RapportagerondeDetail:
    """A round with, per party that must report, its regievoerders and its report's state."""
    ronde = await service.get_round(session, principal, ronde_id)
    set_etag(response, ronde.versie)
    return await round_detail(session, ronde)


@router.patch("/{ronde_id}", response_model=RapportagerondeDetail)
async def update_rapportageronde(
    session: DbSession,
    principal: RoundManager,
    ronde_id: uuid.UUID,
    body: RapportagerondeUpdate,
    response: Response,
    if_match: IfMatchHeader = None,
) -> RapportagerondeDetail:
    """JSON Merge Patch of the deadline or the tiers. Needs If-Match."""
    ronde = await service.update_round(session, principal, ronde_id, body, if_match)
    set_etag(response, ronde.versie)
    return await round_detail(session, ronde)

"""HTTP for yearly evaluations: private to the municipality, kept per party."""

import uuid

from fastapi import APIRouter, Request, Response
from fastapi import status as http_status

from app.auth.dependencies import Director, Municipal
from app.core.db import DbSession
from app.core.etag import IfMatchHeader, set_etag
from app.core.openapi import problem_responses
from app.core.pagination import PageParams, envelope
from app.core.schemas import Page
from app.evaluaties import service
from app.evaluaties.schemas import EvaluatieCreate, EvaluatieRead, EvaluatieUpdate

router = APIRouter(tags=["Evaluaties"])


@router.get("/verbonden-partijen/{party_id}/evaluaties", response_model=Page[EvaluatieRead])
async def list_evaluaties(
    session: DbSession, principal: Municipal, party_id: uuid.UUID, page: PageParams
) -> Page[EvaluatieRead]:
    """Your municipality's yearly evaluations of this party, latest year first."""
    result = await service.list_evaluaties(session, principal, party_id, page)
    return envelope(page, result, EvaluatieRead.model_validate)


@router.post(
    "/verbonden-partijen/{party_id}/evaluaties",
    status_code=http_status.HTTP_201_CREATED,
    response_model=EvaluatieRead,
    responses=problem_responses(409),
)
async def create_evaluatie(
    session: DbSession,
    principal: Director,
    party_id: uuid.UUID,
    body: EvaluatieCreate,
    request: Request,
    response: Response,
) -> EvaluatieRead:
    """Record a year's evaluation (one per year: 409 for a second); a beheerder, or a
    regievoerder of this party. `vervolgactieIds` link actions of your improvement plan."""
    created = await service.create_evaluatie(session, principal, party_id, body)
    response.headers["Location"] = str(request.url_for("get_evaluatie", evaluatie_id=created.id))
    set_etag(response, created.versie)
    return (await service.views(session, principal, [created]))[0]


@router.get("/evaluaties/{evaluatie_id}", response_model=EvaluatieRead)
async def get_evaluatie(
    session: DbSession, principal: Municipal, evaluatie_id: uuid.UUID, response: Response
) -> EvaluatieRead:
    found = await service.get_evaluatie(session, principal, evaluatie_id)
    set_etag(response, found.versie)
    return (await service.views(session, principal, [found]))[0]


@router.patch(
    "/evaluaties/{evaluatie_id}", response_model=EvaluatieRead, responses=problem_responses(409)
)
async def update_evaluatie(
    session: DbSession,
    principal: Director,
    evaluatie_id: uuid.UUID,
    body: EvaluatieUpdate,
    response: Response,
    if_match: IfMatchHeader = None,
) -> EvaluatieRead:
    """JSON Merge Patch; needs If-Match. A beheerder, or a regievoerder of the party."""
    updated = await service.update_evaluatie(session, principal, evaluatie_id, body, if_match)
    set_etag(response, updated.versie)
    return (await service.views(session, principal, [updated]))[0]

"""HTTP for risks: private to the municipality, kept per party."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from fastapi import status as http_status

from app.auth.dependencies import Director, Municipal
from app.core.db import DbSession
from app.core.etag import IfMatchHeader, set_etag
from app.core.pagination import PageParams, envelope
from app.core.schemas import Page
from app.risicos import service
from app.risicos.models import RisicoStatus
from app.risicos.schemas import RisicoCreate, RisicoRead, RisicoUpdate

router = APIRouter(tags=["Risico's"])


@router.get("/verbonden-partijen/{party_id}/risicos", response_model=Page[RisicoRead])
async def list_risicos(
    session: DbSession,
    principal: Municipal,
    party_id: uuid.UUID,
    page: PageParams,
    status: Annotated[
        RisicoStatus | None, Query(description="Alleen risico's met deze status.")
    ] = None,
) -> Page[RisicoRead]:
    """Your municipality's risks of this party: highest score first, then the largest sum."""
    result = await service.list_risicos(session, principal, party_id, status, page)
    return envelope(page, result, RisicoRead.model_validate)


@router.post(
    "/verbonden-partijen/{party_id}/risicos",
    status_code=http_status.HTTP_201_CREATED,
    response_model=RisicoRead,
)
async def create_risico(
    session: DbSession,
    principal: Director,
    party_id: uuid.UUID,
    body: RisicoCreate,
    request: Request,
    response: Response,
) -> RisicoRead:
    """Record a risk; a beheerder, or a regievoerder of this party."""
    created = await service.create_risico(session, principal, party_id, body)
    response.headers["Location"] = str(request.url_for("get_risico", risico_id=created.id))
    set_etag(response, created.versie)
    return RisicoRead.model_validate(created)


@router.get("/risicos/{risico_id}", response_model=RisicoRead)
async def get_risico(
    session: DbSession, principal: Municipal, risico_id: uuid.UUID, response: Response
) -> RisicoRead:
    found = await service.get_risico(session, principal, risico_id)
    set_etag(response, found.versie)
    return RisicoRead.model_validate(found)


@router.patch("/risicos/{risico_id}", response_model=RisicoRead)
async def update_risico(
    session: DbSession,
    principal: Director,
    risico_id: uuid.UUID,
    body: RisicoUpdate,
    response: Response,
    if_match: IfMatchHeader = None,
) -> RisicoRead:
    """JSON Merge Patch; needs If-Match. A beheerder, or a regievoerder of the party."""
    updated = await service.update_risico(session, principal, risico_id, body, if_match)
    set_etag(response, updated.versie)
    return RisicoRead.model_validate(updated)

"""HTTP for the products & services catalogue and the service norms."""

import uuid

from fastapi import APIRouter, Request, Response, status

from app.auth.dependencies import CurrentPrincipal, Director
from app.core.db import DbSession
from app.core.etag import IfMatchHeader, set_etag
from app.core.openapi import problem_responses
from app.core.pagination import PageParams, envelope
from app.core.schemas import Page
from app.servicenormen import service
from app.servicenormen.schemas import (
    DienstCreate,
    DienstRead,
    ServicenormCreate,
    ServicenormRead,
    ServicenormUpdate,
)

router = APIRouter(tags=["Servicenormen"])


@router.get("/verbonden-partijen/{party_id}/diensten", response_model=Page[DienstRead])
async def list_diensten(
    session: DbSession, principal: CurrentPrincipal, party_id: uuid.UUID, page: PageParams
) -> Page[DienstRead]:
    """The party's products & services catalogue: one, shared by all participants."""
    result = await service.list_diensten(session, principal, party_id, page)
    return envelope(page, result, DienstRead.model_validate)


@router.post(
    "/verbonden-partijen/{party_id}/diensten",
    status_code=status.HTTP_201_CREATED,
    response_model=DienstRead,
    responses=problem_responses(409),
)
async def create_dienst(
    session: DbSession, principal: Director, party_id: uuid.UUID, body: DienstCreate
) -> DienstRead:
    """Add a dienst; a beheerder of a participant or a regievoerder of the party."""
    dienst = await service.create_dienst(session, principal, party_id, body)
    return DienstRead.model_validate(dienst)


@router.get("/verbonden-partijen/{party_id}/servicenormen", response_model=Page[ServicenormRead])
async def list_servicenormen(
    session: DbSession, principal: CurrentPrincipal, party_id: uuid.UUID, page: PageParams
) -> Page[ServicenormRead]:
    """The party's norms with every version; partners read their own party's norms."""
    result = await service.list_norms(session, principal, party_id, page)
    return envelope(page, result, ServicenormRead.of)


@router.post(
    "/verbonden-partijen/{party_id}/servicenormen",
    status_code=status.HTTP_201_CREATED,
    response_model=ServicenormRead,
    responses=problem_responses(409),
)
async def create_servicenorm(
    session: DbSession,
    principal: Director,
    party_id: uuid.UUID,
    body: ServicenormCreate,
    request: Request,
    response: Response,
) -> ServicenormRead:
    """Agree a norm with the party. Its `code` is what partners send; unique per party."""
    norm = await service.create_norm(session, principal, party_id, body)
    response.headers["Location"] = str(request.url_for("get_servicenorm", norm_id=norm.id))
    set_etag(response, norm.versie)
    return ServicenormRead.of(norm)


@router.get("/servicenormen/{norm_id}", response_model=ServicenormRead)
async def get_servicenorm(
    session: DbSession, principal: CurrentPrincipal, norm_id: uuid.UUID, response: Response
) -> ServicenormRead:
    norm = await service.get_norm(session, principal, norm_id)
    set_etag(response, norm.versie)
    return ServicenormRead.of(norm)


@router.patch("/servicenormen/{norm_id}", response_model=ServicenormRead)
async def update_servicenorm(
    session: DbSession,
    principal: Director,
    norm_id: uuid.UUID,
    body: ServicenormUpdate,
    response: Response,
    if_match: IfMatchHeader = None,
) -> ServicenormRead:
    """JSON Merge Patch. New doelwaarde, tolerantie or richting need `geldigVanaf` and make a
    new version from that date; measurements of earlier periods keep their outcome. `code`,
    `eenheid` and `frequentie` never change. Needs If-Match."""
    norm = await service.update_norm(session, principal, norm_id, body, if_match)
    set_etag(response, norm.versie)
    return ServicenormRead.of(norm)

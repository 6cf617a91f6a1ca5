"""HTTP for the actions of the improvement plan."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from fastapi import status as http_status

from app.auth.dependencies import Director, Municipal
from app.core.db import DbSession
from app.core.etag import IfMatchHeader, set_etag
from app.core.pagination import PageParams, envelope
from app.core.schemas import Page
from app.verbeterplan import acties
from app.verbeterplan.models import ActieStatus
from app.verbeterplan.repository import ActieFilter
from app.verbeterplan.schemas import ActieCreate, ActieRead, ActieUpdate

router = APIRouter(tags=["Verbeterplan"])

Achterstallig = Annotated[
    bool | None, Query(description="`true`: alleen achterstallige acties; `false`: geen daarvan.")
]
StatusFilter = Annotated[ActieStatus | None, Query(description="Alleen acties met deze status.")]


@router.get("/aanbevelingen/{aanbeveling_id}/acties", response_model=Page[ActieRead])
async def list_acties_of_aanbeveling(
    session: DbSession,
    principal: Municipal,
    aanbeveling_id: uuid.UUID,
    page: PageParams,
    achterstallig: Achterstallig = None,
    status: StatusFilter = None,
) -> Page[ActieRead]:
    """The actions of one recommendation, soonest due first."""
    filters = ActieFilter(aanbeveling_id=aanbeveling_id, status=status, achterstallig=achterstallig)
    result = await acties.list_acties(session, principal, filters, page)
    return envelope(page, result, ActieRead.model_validate)


@router.post(
    "/aanbevelingen/{aanbeveling_id}/acties",
    status_code=http_status.HTTP_201_CREATED,
    response_model=ActieRead,
)
async def create_actie(
    session: DbSession,
    principal: Director,
    aanbeveling_id: uuid.UUID,
    body: ActieCreate,
    request: Request,
    response: Response,
) -> ActieRead:
    """Add an action; a planning such as `Q1 2026` is due on the period's last day."""
    created = await acties.create_actie(session, principal, aanbeveling_id, body)
    response.headers["Location"] = str(request.url_for("get_actie", actie_id=created.id))
    set_etag(response, created.versie)
    return ActieRead.model_validate(created)


@router.get("/acties", response_model=Page[ActieRead])
async def list_acties(
    session: DbSession,
    principal: Municipal,
    page: PageParams,
    achterstallig: Achterstallig = None,
    status: StatusFilter = None,
    verbonden_partij: Annotated[
        uuid.UUID | None,
        Query(alias="verbondenPartij", description="Acties van aanbevelingen over deze partij."),
    ] = None,
) -> Page[ActieRead]:
    """Every action of your municipality's plan, soonest due first."""
    filters = ActieFilter(
        status=status, achterstallig=achterstallig, verbonden_partij_id=verbonden_partij
    )
    result = await acties.list_acties(session, principal, filters, page)
    return envelope(page, result, ActieRead.model_validate)


@router.get("/acties/{actie_id}", response_model=ActieRead)
async def get_actie(
    session: DbSession, principal: Municipal, actie_id: uuid.UUID, response: Response
) -> ActieRead:
    found = await acties.get_actie(session, principal, actie_id)
    set_etag(response, found.versie)
    return ActieRead.model_validate(found)


@router.patch("/acties/{actie_id}", response_model=ActieRead)
async def update_actie(
    session: DbSession,
    principal: Director,
    actie_id: uuid.UUID,
    body: ActieUpdate,
    response: Response,
    if_match: IfMatchHeader = None,
) -> ActieRead:
    """JSON Merge Patch; needs If-Match. Status afgerond records afgerondOp (today by default)."""
    updated = await acties.update_actie(session, principal, actie_id, body, if_match)
    set_etag(response, updated.versie)
    return ActieRead.model_validate(updated)

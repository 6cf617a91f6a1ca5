"""HTTP for organisations."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from app.auth.dependencies import Beheerder, Municipal
from app.core.db import DbSession
from app.core.openapi import problem_responses
from app.core.pagination import PageParams, envelope
from app.core.schemas import Page
from app.organisaties import service
from app.organisaties.models import OrganisatieSoort
from app.organisaties.schemas import OrganisatieCreate, OrganisatieRead

router = APIRouter(prefix="/organisaties", tags=["Organisaties"])


@router.get("", response_model=Page[OrganisatieRead])
async def list_organisaties(
    session: DbSession,
    _: Municipal,
    page: PageParams,
    soort: Annotated[
        OrganisatieSoort | None, Query(description="Alleen organisaties van deze soort.")
    ] = None,
    zoek: Annotated[
        str | None, Query(max_length=100, description="Zoekt in naam en CBS-code.")
    ] = None,
) -> Page[OrganisatieRead]:
    result = await service.list_organisations(session, page, soort, zoek)
    return envelope(page, result, OrganisatieRead.model_validate)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=OrganisatieRead,
    responses=problem_responses(409),
)
async def create_organisatie(
    session: DbSession,
    beheerder: Beheerder,
    body: OrganisatieCreate,
    request: Request,
    response: Response,
) -> OrganisatieRead:
    """Register another body (a municipality that does not use the service, a province, …).

    Municipalities that use the service are created with `vpmonitor create-gemeente`.
    """
    organisation = await service.create_organisation(session, beheerder, body)
    response.headers["Location"] = str(
        request.url_for("get_organisatie", organisatie_id=organisation.id)
    )
    return OrganisatieRead.model_validate(organisation)


@router.get("/{organisatie_id}", response_model=OrganisatieRead)
async def get_organisatie(
    session: DbSession, _: Municipal, organisatie_id: uuid.UUID
) -> OrganisatieRead:
    return OrganisatieRead.model_validate(await service.get_organisation(session, organisatie_id))

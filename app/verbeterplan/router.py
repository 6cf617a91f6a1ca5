"""HTTP for the improvement plan's recommendations and the import of seed 004's table."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from app.auth.dependencies import Director, Municipal
from app.core.db import DbSession
from app.core.etag import IfMatchHeader, set_etag
from app.core.openapi import problem_responses
from app.core.pagination import PageParams, envelope
from app.core.schemas import Page
from app.core.uploads import ParseLimits, read_upload, upload_request_body
from app.verbeterplan import import_service, service
from app.verbeterplan.models import Bron, Reactie
from app.verbeterplan.repository import AanbevelingFilter
from app.verbeterplan.schemas import (
    AanbevelingCreate,
    AanbevelingRead,
    AanbevelingUpdate,
    ImportVerslag,
)

router = APIRouter(prefix="/aanbevelingen", tags=["Verbeterplan"])


IMPORT_BODY = (
    "De tabel van seed 004 als CSV (UTF-8; `;`, `,` of tab) of XLSX (eerste werkblad): een "
    "kopregel met Nr, Aanbeveling, Reactie, Actie, Wie, Planning en eventueel Deel; zonder "
    "kolom Deel beginnen regels zoals 'Deel 2 …' de delen."
)


@router.get("", response_model=Page[AanbevelingRead])
async def list_aanbevelingen(
    session: DbSession,
    principal: Municipal,
    page: PageParams,
    bron: Annotated[Bron | None, Query(description="Alleen aanbevelingen uit deze bron.")] = None,
    deel: Annotated[
        int | None, Query(ge=1, le=9, description="Alleen aanbevelingen uit dit deel van het plan.")
    ] = None,
    reactie: Annotated[
        Reactie | None, Query(description="Alleen aanbevelingen met deze reactie.")
    ] = None,
    verbonden_partij: Annotated[
        uuid.UUID | None,
        Query(alias="verbondenPartij", description="Alleen die over deze partij."),
    ] = None,
) -> Page[AanbevelingRead]:
    """Your municipality's improvement plan, in plan order, with the actions."""
    filters = AanbevelingFilter(bron, deel, reactie, verbonden_partij)
    result = await service.list_aanbevelingen(session, principal, filters, page)
    return envelope(page, result, AanbevelingRead.model_validate)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=AanbevelingRead,
    responses=problem_responses(409),
)
async def create_aanbeveling(
    session: DbSession,
    principal: Director,
    body: AanbevelingCreate,
    request: Request,
    response: Response,
) -> AanbevelingRead:
    """Add a recommendation; 409 when the plan already has its code in that part and source."""
    created = await service.create_aanbeveling(session, principal, body)
    response.headers["Location"] = str(
        request.url_for("get_aanbeveling", aanbeveling_id=created.id)
    )
    set_etag(response, created.versie)
    return AanbevelingRead.model_validate(created)


@router.post(
    "/_import",
    response_model=ImportVerslag,
    responses=problem_responses(415),
    openapi_extra=upload_request_body(IMPORT_BODY),
)
async def import_aanbevelingen(
    session: DbSession,
    principal: Director,
    request: Request,
    bron: Annotated[
        Bron, Query(description="De bron van het plan; binnen die bron wordt gezocht.")
    ] = Bron.REKENKAMER,
    proefdraai: Annotated[
        bool, Query(description="Meld wat de import zou doen, zonder iets op te slaan.")
    ] = False,
) -> ImportVerslag:
    """Import the plan: per row what it created, updated or left unchanged. One bad row
    refuses the whole file (400 names every bad row); importing it again changes nothing."""
    settings = request.app.state.settings
    upload = await read_upload(request, settings.max_upload_bytes)
    return await import_service.import_plan(
        session,
        principal,
        upload,
        bron,
        proefdraai=proefdraai,
        limits=ParseLimits(settings.max_upload_rows, settings.upload_parse_seconds),
    )


# `:uuid` keeps `/aanbevelingen/_import` out of these routes: another method on it is 405.
@router.get("/{aanbeveling_id:uuid}", response_model=AanbevelingRead)
async def get_aanbeveling(
    session: DbSession, principal: Municipal, aanbeveling_id: uuid.UUID, response: Response
) -> AanbevelingRead:
    found = await service.get_aanbeveling(session, principal, aanbeveling_id)
    set_etag(response, found.versie)
    return AanbevelingRead.model_validate(found)


@router.patch(
    "/{aanbeveling_id:uuid}", response_model=AanbevelingRead, responses=problem_responses(409)
)
async def update_aanbeveling(
    session: DbSession,
    principal: Director,
    aanbeveling_id: uuid.UUID,
    body: AanbevelingUpdate,
    response: Response,
    if_match: IfMatchHeader = None,
) -> AanbevelingRead:
    """JSON Merge Patch; needs If-Match. `verbondenPartijIds` replaces the linked parties."""
    updated = await service.update_aanbeveling(session, principal, aanbeveling_id, body, if_match)
    set_etag(response, updated.versie)
    return AanbevelingRead.model_validate(updated)

"""HTTP for parties and their regievoerders."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from app.auth.dependencies import Beheerder, CurrentPrincipal, Director, Municipal
from app.core.db import DbSession
from app.core.etag import IfMatchHeader, set_etag
from app.core.pagination import PageParams, envelope, envelope_of_all, envelope_of_whole
from app.core.schemas import Page
from app.verbonden_partijen import regievoerders, service
from app.verbonden_partijen.models import BbvCategorie
from app.verbonden_partijen.repository import PartijFilter
from app.verbonden_partijen.schemas import (
    RegievoerderRead,
    RegievoerdersUpdate,
    VerbondenPartijCreate,
    VerbondenPartijRead,
    VerbondenPartijUpdate,
)

BBV_CATEGORIE_FILTER = "Alleen partijen van deze BBV-categorie."
MONITORINGSNIVEAU_FILTER = "Alleen partijen met dit monitoringsniveau (1 intensief … 3 licht)."

router = APIRouter(prefix="/verbonden-partijen", tags=["Verbonden partijen"])


@router.get("", response_model=Page[VerbondenPartijRead])
async def list_verbonden_partijen(
    session: DbSession,
    principal: CurrentPrincipal,
    page: PageParams,
    bbv_categorie: Annotated[
        BbvCategorie | None, Query(alias="bbvCategorie", description=BBV_CATEGORIE_FILTER)
    ] = None,
    actief: Annotated[
        bool | None,
        Query(description="`true`: alleen actieve partijen; `false`: alleen beëindigde."),
    ] = None,
    monitoringsniveau: Annotated[
        int | None, Query(ge=1, le=3, description=MONITORINGSNIVEAU_FILTER)
    ] = None,
    zoek: Annotated[
        str | None,
        Query(max_length=100, description="Zoekt in naam, vestigingsplaats en openbaar belang."),
    ] = None,
) -> Page[VerbondenPartijRead]:
    """The parties you may see: through a participation of your municipality, or your own."""
    filters = PartijFilter(bbv_categorie, actief, monitoringsniveau, zoek)
    result = await service.list_parties(session, principal, filters, page)
    return envelope(page, result, VerbondenPartijRead.model_validate)


@router.post("", status_code=status.HTTP_201_CREATED, response_model=VerbondenPartijRead)
async def create_verbonden_partij(
    session: DbSession,
    beheerder: Beheerder,
    body: VerbondenPartijCreate,
    request: Request,
    response: Response,
) -> VerbondenPartijRead:
    """Register a party; your municipality becomes its first participant."""
    party = await service.create_party(session, beheerder, body)
    response.headers["Location"] = str(request.url_for("get_verbonden_partij", party_id=party.id))
    set_etag(response, party.versie)
    return VerbondenPartijRead.model_validate(party)


@router.get("/{party_id}", response_model=VerbondenPartijRead)
async def get_verbonden_partij(
    session: DbSession, principal: CurrentPrincipal, party_id: uuid.UUID, response: Response
) -> VerbondenPartijRead:
    party = await service.get_party(session, principal, party_id)
    set_etag(response, party.versie)
    return VerbondenPartijRead.model_validate(party)


@router.patch("/{party_id}", response_model=VerbondenPartijRead)
async def update_verbonden_partij(
    session: DbSession,
    principal: Director,
    party_id: uuid.UUID,
    body: VerbondenPartijUpdate,
    response: Response,
    if_match: IfMatchHeader = None,
) -> VerbondenPartijRead:
    """JSON Merge Patch; a beheerder, or a regievoerder of this party. Needs If-Match."""
    party = await service.update_party(session, principal, party_id, body, if_match)
    set_etag(response, party.versie)
    return VerbondenPartijRead.model_validate(party)


@router.get("/{party_id}/regievoerders", response_model=Page[RegievoerderRead])
async def list_regievoerders(
    session: DbSession, principal: Municipal, party_id: uuid.UUID, page: PageParams
) -> Page[RegievoerderRead]:
    """Your municipality's regievoerders of this party."""
    accounts = await regievoerders.list_regievoerders(session, principal, party_id)
    return envelope_of_all(page, accounts, RegievoerderRead.model_validate)


@router.put("/{party_id}/regievoerders", response_model=Page[RegievoerderRead])
async def replace_regievoerders(
    session: DbSession,
    beheerder: Beheerder,
    party_id: uuid.UUID,
    body: RegievoerdersUpdate,
    request: Request,
) -> Page[RegievoerderRead]:
    """Set your municipality's regievoerders of this party to exactly this list; answers
    the whole new list."""
    accounts = await regievoerders.replace_regievoerders(
        session, beheerder, party_id, body.gebruiker_ids
    )
    return envelope_of_whole(str(request.url), accounts, RegievoerderRead.model_validate)

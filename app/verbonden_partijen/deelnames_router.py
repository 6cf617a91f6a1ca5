"""HTTP for participations."""

import uuid

from fastapi import APIRouter, Request, Response, status

from app.auth.dependencies import Beheerder, Municipal
from app.core.db import DbSession
from app.core.etag import IfMatchHeader, set_etag
from app.core.openapi import problem_responses
from app.core.pagination import PageParams, envelope_of_all
from app.core.schemas import Page
from app.verbonden_partijen import deelnames
from app.verbonden_partijen.schemas import DeelnameCreate, DeelnameRead, DeelnameUpdate

router = APIRouter(tags=["Deelnames"])


@router.get("/verbonden-partijen/{party_id}/deelnames", response_model=Page[DeelnameRead])
async def list_deelnames(
    session: DbSession, principal: Municipal, party_id: uuid.UUID, page: PageParams
) -> Page[DeelnameRead]:
    """The participants of a party; who holds another participant's roles stays private."""
    participants = await deelnames.list_deelnames(session, principal, party_id)
    return envelope_of_all(page, participants, lambda deelname: deelname)


@router.post(
    "/verbonden-partijen/{party_id}/deelnames",
    status_code=status.HTTP_201_CREATED,
    response_model=DeelnameRead,
    responses=problem_responses(409),
)
async def create_deelname(
    session: DbSession,
    beheerder: Beheerder,
    party_id: uuid.UUID,
    body: DeelnameCreate,
    request: Request,
    response: Response,
) -> DeelnameRead:
    """Add a participant; only the penvoerder's beheerder."""
    deelname = await deelnames.create_deelname(session, beheerder, party_id, body)
    response.headers["Location"] = str(request.url_for("get_deelname", deelname_id=deelname.id))
    set_etag(response, deelname.versie)
    return deelname


@router.get("/deelnames/{deelname_id}", response_model=DeelnameRead)
async def get_deelname(
    session: DbSession, principal: Municipal, deelname_id: uuid.UUID, response: Response
) -> DeelnameRead:
    deelname, organisatie = await deelnames.get_deelname(session, principal, deelname_id)
    set_etag(response, deelname.versie)
    return deelnames.deelname_view(deelname, organisatie, principal)


@router.patch("/deelnames/{deelname_id}", response_model=DeelnameRead)
async def update_deelname(
    session: DbSession,
    beheerder: Beheerder,
    deelname_id: uuid.UUID,
    body: DeelnameUpdate,
    response: Response,
    if_match: IfMatchHeader = None,
) -> DeelnameRead:
    """JSON Merge Patch; needs If-Match. `aandeel`, `stemgewicht` and `bestuurlijkBelang` are
    kept by the penvoerder's beheerder; the role holders and dates by the municipality itself."""
    deelname = await deelnames.update_deelname(session, beheerder, deelname_id, body, if_match)
    set_etag(response, deelname.versie)
    return deelname


@router.delete(
    "/deelnames/{deelname_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(409),
)
async def delete_deelname(session: DbSession, beheerder: Beheerder, deelname_id: uuid.UUID) -> None:
    """Remove your own municipality's participation registered by mistake. 409 while your
    municipality has records about the party (end it with an einddatum instead) or is its
    penvoerder."""
    await deelnames.delete_deelname(session, beheerder, deelname_id)

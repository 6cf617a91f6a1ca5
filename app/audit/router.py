"""HTTP for the audit trail."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request
from starlette.datastructures import URL

from app.audit import cursor, service
from app.audit.repository import AuditFilter
from app.audit.schemas import AuditGebeurtenisLijst, AuditGebeurtenisRead
from app.auth.dependencies import Beheerder
from app.core.db import DbSession
from app.core.pagination import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE
from app.core.schemas import Links, Tijdstip

router = APIRouter(prefix="/audit-gebeurtenissen", tags=["Audit"])


@router.get("", response_model=AuditGebeurtenisLijst)
async def list_audit_gebeurtenissen(
    request: Request,
    session: DbSession,
    beheerder: Beheerder,
    entiteit: Annotated[
        str | None,
        Query(max_length=80, description="Alleen gebeurtenissen over dit soort gegeven."),
    ] = None,
    entiteit_id: Annotated[
        uuid.UUID | None,
        Query(alias="entiteitId", description="Alleen gebeurtenissen over dit gegeven."),
    ] = None,
    verbonden_partij_id: Annotated[
        uuid.UUID | None,
        Query(alias="verbondenPartijId", description="Alleen gebeurtenissen over deze partij."),
    ] = None,
    vanaf: Annotated[Tijdstip | None, Query(description="Vanaf dit moment (inclusief).")] = None,
    tot: Annotated[Tijdstip | None, Query(description="Tot dit moment (exclusief).")] = None,
    volgende: Annotated[
        str | None,
        Query(
            alias=cursor.FIELD,
            max_length=200,
            description="Waar de vorige pagina eindigde: neem hem uit haar `next`-link.",
        ),
    ] = None,
    page_size: Annotated[
        int,
        Query(
            alias="pageSize",
            ge=1,
            le=MAX_PAGE_SIZE,
            description="Resultaten per pagina, hooguit 100.",
        ),
    ] = DEFAULT_PAGE_SIZE,
) -> AuditGebeurtenisLijst:
    """Every write in your municipality, newest first, with the state before and after; and
    the writes on the shared data (party record, participations, partner data) of its parties.
    Paged by cursor: follow `_links.next`."""
    after = cursor.decode(volgende) if volgende is not None else None
    filters = AuditFilter(entiteit, entiteit_id, verbonden_partij_id, vanaf, tot)
    page = await service.list_events(session, beheerder, filters, after, page_size)
    url = URL(str(request.url))
    following = (
        str(url.include_query_params(**{cursor.FIELD: cursor.encode(page.next)}))
        if page.next is not None
        else None
    )
    return AuditGebeurtenisLijst(
        resultaten=[AuditGebeurtenisRead.model_validate(event) for event in page.events],
        aantal=page.aantal,
        links=Links(self=str(url), next=following, previous=None),
    )

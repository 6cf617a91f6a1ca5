"""HTTP for the audit trail."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from app.audit import service
from app.audit.repository import AuditFilter
from app.audit.schemas import AuditGebeurtenisRead
from app.auth.dependencies import Beheerder
from app.core.db import DbSession
from app.core.pagination import PageParams, envelope
from app.core.schemas import Page, Tijdstip

router = APIRouter(prefix="/audit-gebeurtenissen", tags=["Audit"])


@router.get("", response_model=Page[AuditGebeurtenisRead])
async def list_audit_gebeurtenissen(
    session: DbSession,
    beheerder: Beheerder,
    page: PageParams,
    entiteit: Annotated[str | None, Query(max_length=80)] = None,
    entiteit_id: Annotated[uuid.UUID | None, Query(alias="entiteitId")] = None,
    verbonden_partij_id: Annotated[uuid.UUID | None, Query(alias="verbondenPartijId")] = None,
    vanaf: Annotated[Tijdstip | None, Query(description="From this moment (inclusive).")] = None,
    tot: Annotated[Tijdstip | None, Query(description="Until this moment (exclusive).")] = None,
) -> Page[AuditGebeurtenisRead]:
    """Every write in your municipality, newest first, with the state before and after; and
    the writes on the shared data (party record, participations, partner data) of its parties."""
    filters = AuditFilter(entiteit, entiteit_id, verbonden_partij_id, vanaf, tot)
    result = await service.list_events(session, beheerder, filters, page)
    return envelope(page, result, AuditGebeurtenisRead.model_validate)

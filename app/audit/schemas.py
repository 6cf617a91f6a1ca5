"""Audit events as the API shows them."""

import uuid
from datetime import datetime
from typing import Any

from pydantic import Field

from app.audit.repository import COUNT_LIMIT
from app.core.schemas import ApiModel, Page


class AuditGebeurtenisRead(ApiModel):
    id: uuid.UUID
    tijdstip: datetime
    actor_gebruiker_id: uuid.UUID | None
    actor_naam: str
    actor_rol: str
    organisatie_id: uuid.UUID | None
    verbonden_partij_id: uuid.UUID | None
    entiteit: str
    entiteit_id: uuid.UUID
    actie: str
    voor: dict[str, Any] | None
    na: dict[str, Any] | None
    request_id: str | None


class AuditGebeurtenisLijst(Page[AuditGebeurtenisRead]):
    """A page of the trail, paged by cursor: follow `_links.next` (there is no `previous`)."""

    aantal: int = Field(
        description=(
            f"The number of matching events, counted up to {COUNT_LIMIT}: {COUNT_LIMIT} means "
            "that many or more (a page of a trail of millions never counts millions of rows)."
        )
    )

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
            f"Het aantal gebeurtenissen dat aan de vraag voldoet, geteld tot {COUNT_LIMIT}: "
            f"{COUNT_LIMIT} betekent zoveel of meer (een pagina van een spoor van miljoenen "
            "gebeurtenissen telt nooit miljoenen rijen)."
        )
    )

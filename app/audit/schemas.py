"""Audit events as the API shows them."""

import uuid
from datetime import datetime
from typing import Any

from app.core.schemas import ApiModel


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

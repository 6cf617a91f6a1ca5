"""Audit events as the API shows them."""

import uuid
from datetime import datetime
from typing import Any

from pydantic import Field

from app.audit.repository import COUNT_LIMIT
from app.core.schemas import ApiModel, Page


class AuditGebeurtenisRead(ApiModel):
    id: uuid.UUID = Field(description="De identificatie van de gebeurtenis.")
    tijdstip: datetime = Field(description="Wanneer de wijziging plaatsvond.")
    actor_gebruiker_id: uuid.UUID | None = Field(
        description="De gebruiker die de wijziging deed; `null` als dat geen gebruiker was."
    )
    actor_naam: str = Field(description="De naam van wie de wijziging deed.")
    actor_rol: str = Field(description="De rol waarin de wijziging is gedaan.")
    organisatie_id: uuid.UUID | None = Field(
        description="De organisatie in wier spoor de gebeurtenis staat."
    )
    verbonden_partij_id: uuid.UUID | None = Field(
        description="De verbonden partij waar de wijziging over gaat; `null` als geen."
    )
    entiteit: str = Field(
        description="Het soort gegeven dat is gewijzigd, bijv. `verbonden_partij`."
    )
    entiteit_id: uuid.UUID = Field(description="De identificatie van het gewijzigde gegeven.")
    actie: str = Field(description="Wat er gebeurde, bijv. `aangemaakt` of `gewijzigd`.")
    voor: dict[str, Any] | None = Field(
        description="De toestand vóór de wijziging; `null` bij aanmaken."
    )
    na: dict[str, Any] | None = Field(
        description="De toestand na de wijziging; `null` bij verwijderen."
    )
    request_id: str | None = Field(
        description="De `X-Request-ID` van het verzoek dat de wijziging deed."
    )


class AuditGebeurtenisLijst(Page[AuditGebeurtenisRead]):
    """Een pagina van het spoor, gepagineerd met een cursor: volg `_links.next` (er is geen
    `previous`)."""

    aantal: int = Field(
        description=(
            f"Het aantal gebeurtenissen dat aan de vraag voldoet, geteld tot {COUNT_LIMIT}: "
            f"{COUNT_LIMIT} betekent zoveel of meer (een pagina van een spoor van miljoenen "
            "gebeurtenissen telt nooit miljoenen rijen)."
        )
    )

"""Risks as the API shows them."""

import uuid
from datetime import datetime
from typing import Annotated, ClassVar

from pydantic import Field, StringConstraints, computed_field

from app.core.schemas import ApiModel, Euro, InputModel, NonNegativeEuro, PatchModel
from app.risicos.models import RisicoStatus
from app.risicos.scoring import MAX_SCALE, MIN_SCALE, score

Tekst = Annotated[str, StringConstraints(min_length=1, max_length=10_000)]
Naam = Annotated[str, StringConstraints(min_length=1, max_length=200)]
Schaal = Annotated[int, Field(ge=MIN_SCALE, le=MAX_SCALE)]
OMVANG = "De financiële omvang in euro's."
Bedrag = Annotated[NonNegativeEuro, Field(description=OMVANG)]
OMSCHRIJVING = "Wat er mis kan gaan."
KANS = "De kans, van 1 (zelden) tot 5 (vrijwel zeker)."
IMPACT = "De impact, van 1 (verwaarloosbaar) tot 5 (ernstig)."
MAATREGELEN = "Wat de gemeente doet om het risico te beheersen."
STATUS = "Of het risico nog open is, wordt beheerst of is afgesloten."
EIGENAAR = "Wie het risico bewaakt."


class RisicoCreate(InputModel):
    omschrijving: Tekst = Field(description=OMSCHRIJVING)
    kans: Schaal = Field(description=KANS)
    impact: Schaal = Field(description=IMPACT)
    financiele_omvang: Bedrag | None = Field(default=None, description=OMVANG)
    maatregelen: Tekst | None = Field(default=None, description=MAATREGELEN)
    status: RisicoStatus = Field(default=RisicoStatus.OPEN, description=STATUS)
    eigenaar: Naam | None = Field(default=None, description=EIGENAAR)


class RisicoUpdate(PatchModel):
    required_fields: ClassVar[frozenset[str]] = frozenset(
        {"omschrijving", "kans", "impact", "status"}
    )

    omschrijving: Tekst | None = Field(default=None, description=OMSCHRIJVING)
    kans: Schaal | None = Field(default=None, description=KANS)
    impact: Schaal | None = Field(default=None, description=IMPACT)
    financiele_omvang: Bedrag | None = Field(default=None, description=OMVANG)
    maatregelen: Tekst | None = Field(default=None, description=MAATREGELEN)
    status: RisicoStatus | None = Field(default=None, description=STATUS)
    eigenaar: Naam | None = Field(default=None, description=EIGENAAR)


class RisicoRead(ApiModel):
    id: uuid.UUID = Field(description="De identificatie van het risico.")
    verbonden_partij_id: uuid.UUID = Field(description="De partij waar het risico bij hoort.")
    omschrijving: str = Field(description=OMSCHRIJVING)
    kans: int = Field(description=KANS)
    impact: int = Field(description=IMPACT)
    financiele_omvang: Euro | None = Field(description=OMVANG)
    maatregelen: str | None = Field(description=MAATREGELEN)
    status: RisicoStatus = Field(description=STATUS)
    eigenaar: str | None = Field(description=EIGENAAR)
    versie: int = Field(description="Stijgt bij elke wijziging; de ETag draagt haar.")
    aangemaakt_op: datetime = Field(description="Wanneer het risico is vastgelegd.")
    gewijzigd_op: datetime = Field(description="Wanneer het risico het laatst is gewijzigd.")

    @computed_field(description="kans × impact, van 1 tot 25.")  # type: ignore[prop-decorator]
    @property
    def score(self) -> int:
        return score(self.kans, self.impact)

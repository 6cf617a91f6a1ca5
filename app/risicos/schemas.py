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
Bedrag = Annotated[NonNegativeEuro, Field(description="Financial exposure in euros.")]


class RisicoCreate(InputModel):
    omschrijving: Tekst
    kans: Schaal = Field(description="Likelihood, 1 (rare) to 5 (almost certain).")
    impact: Schaal = Field(description="Impact, 1 (negligible) to 5 (severe).")
    financiele_omvang: Bedrag | None = None
    maatregelen: Tekst | None = None
    status: RisicoStatus = RisicoStatus.OPEN
    eigenaar: Naam | None = None


class RisicoUpdate(PatchModel):
    required_fields: ClassVar[frozenset[str]] = frozenset(
        {"omschrijving", "kans", "impact", "status"}
    )

    omschrijving: Tekst | None = None
    kans: Schaal | None = None
    impact: Schaal | None = None
    financiele_omvang: Bedrag | None = None
    maatregelen: Tekst | None = None
    status: RisicoStatus | None = None
    eigenaar: Naam | None = None


class RisicoRead(ApiModel):
    id: uuid.UUID
    verbonden_partij_id: uuid.UUID
    omschrijving: str
    kans: int
    impact: int
    financiele_omvang: Euro | None
    maatregelen: str | None
    status: RisicoStatus
    eigenaar: str | None
    versie: int
    aangemaakt_op: datetime
    gewijzigd_op: datetime

    @computed_field(description="kans × impact, 1 to 25.")  # type: ignore[prop-decorator]
    @property
    def score(self) -> int:
        return score(self.kans, self.impact)

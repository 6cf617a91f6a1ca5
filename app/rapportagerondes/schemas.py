"""Reporting rounds as the API shows them."""

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, ClassVar

from pydantic import AfterValidator, Field, computed_field

from app.core.clock import today
from app.core.periods import HalfYearField
from app.core.schemas import ApiModel, InputModel, PatchModel

Niveaus = Annotated[
    list[Annotated[int, Field(ge=1, le=3)]],
    Field(
        min_length=1,
        max_length=3,
        description="The monitoring tiers (1 intensive … 3 light) whose parties must report.",
    ),
    AfterValidator(lambda levels: sorted(set(levels))),
]


class RapportagerondeCreate(InputModel):
    periode: HalfYearField
    deadline: date = Field(
        description="The last day on which a status report is on time: from the half-year's "
        "first day up to five years after today."
    )
    monitoringsniveaus: Niveaus = Field(default_factory=lambda: [1, 2, 3])


class RapportagerondeUpdate(PatchModel):
    required_fields: ClassVar[frozenset[str]] = frozenset({"deadline", "monitoringsniveaus"})

    deadline: date | None = Field(
        default=None,
        description="From the half-year's first day up to five years after today.",
    )
    monitoringsniveaus: Niveaus | None = None


class RapportagerondeRead(ApiModel):
    id: uuid.UUID
    periode: str = Field(examples=["2026-H1"])
    deadline: date
    monitoringsniveaus: list[int]
    versie: int = Field(description="Changes with every update; the ETag carries it.")
    aangemaakt_op: datetime
    gewijzigd_op: datetime

    @computed_field(description="True once the deadline has passed.")  # type: ignore[prop-decorator]
    @property
    def verstreken(self) -> bool:
        return today() > self.deadline


class RondeStatus(StrEnum):
    """Where a party's status report for the round stands."""

    ONTBREEKT = "ontbreekt"
    CONCEPT = "concept"
    INGEDIEND = "ingediend"
    TERUGGESTUURD = "teruggestuurd"
    GOEDGEKEURD = "goedgekeurd"


class Verwijzing(ApiModel):
    # Described as app/gebruikers/schemas.py's, so the document holds one `Verwijzing`.
    id: uuid.UUID = Field(description="De identificatie.")
    naam: str = Field(description="De naam.")


class RondeRapportage(ApiModel):
    id: uuid.UUID
    ingediend_op: datetime | None


class RondePartij(ApiModel):
    """A party that must report in the round, its regievoerders and its report's state."""

    verbonden_partij: Verwijzing
    monitoringsniveau: int
    regievoerders: list[Verwijzing] = Field(description="Your municipality's regievoerders.")
    status: RondeStatus
    te_laat: bool = Field(
        description="Submitted after the deadline, or not submitted and the deadline passed."
    )
    rapportage: RondeRapportage | None


class RapportagerondeDetail(RapportagerondeRead):
    partijen: list[RondePartij] = Field(
        description="The active parties of the round's tiers that your municipality takes "
        "part in, by name."
    )

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
        description="De monitoringsniveaus (1 intensief … 3 licht) waarvan de partijen moeten "
        "rapporteren.",
    ),
    AfterValidator(lambda levels: sorted(set(levels))),
]


PERIODE = "Het halfjaar van de ronde, bijv. `2026-H1`."
NIVEAUS = "De monitoringsniveaus (1 intensief … 3 licht) waarvan de partijen moeten rapporteren."


class RapportagerondeCreate(InputModel):
    periode: HalfYearField = Field(description=PERIODE)
    deadline: date = Field(
        description="De laatste dag waarop een voortgangsrapportage op tijd is: vanaf de eerste "
        "dag van het halfjaar tot uiterlijk vijf jaar na vandaag."
    )
    monitoringsniveaus: Niveaus = Field(default_factory=lambda: [1, 2, 3], description=NIVEAUS)


class RapportagerondeUpdate(PatchModel):
    required_fields: ClassVar[frozenset[str]] = frozenset({"deadline", "monitoringsniveaus"})

    deadline: date | None = Field(
        default=None,
        description="Vanaf de eerste dag van het halfjaar tot uiterlijk vijf jaar na vandaag.",
    )
    monitoringsniveaus: Niveaus | None = Field(default=None, description=NIVEAUS)


class RapportagerondeRead(ApiModel):
    id: uuid.UUID = Field(description="De identificatie van de rapportageronde.")
    periode: str = Field(examples=["2026-H1"], description=PERIODE)
    deadline: date = Field(description="De laatste dag waarop een voortgangsrapportage op tijd is.")
    monitoringsniveaus: list[int] = Field(description=NIVEAUS)
    versie: int = Field(description="Verandert bij elke wijziging; de `ETag` draagt haar.")
    aangemaakt_op: datetime = Field(description="Wanneer de ronde is aangemaakt.")
    gewijzigd_op: datetime = Field(description="Wanneer de ronde het laatst is gewijzigd.")

    @computed_field(description="Waar (`true`) zodra de deadline is verstreken.")  # type: ignore[prop-decorator]
    @property
    def verstreken(self) -> bool:
        return today() > self.deadline


class RondeStatus(StrEnum):
    """Waar de voortgangsrapportage van een partij voor de ronde staat."""

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
    id: uuid.UUID = Field(description="De identificatie van de voortgangsrapportage.")
    ingediend_op: datetime | None = Field(
        description="Wanneer de rapportage voor het eerst is ingediend; `null` als nog niet."
    )


class RondePartij(ApiModel):
    """Een partij die in de ronde moet rapporteren, haar regievoerders en de stand van haar
    rapportage."""

    verbonden_partij: Verwijzing = Field(description="De verbonden partij.")
    monitoringsniveau: int = Field(description="Het monitoringsniveau van de partij, 1 tot 3.")
    regievoerders: list[Verwijzing] = Field(description="De regievoerders van uw gemeente.")
    status: RondeStatus = Field(
        description="Waar de voortgangsrapportage van de partij staat; `ontbreekt` zonder "
        "rapportage."
    )
    te_laat: bool = Field(
        description="Ingediend na de deadline, of niet ingediend terwijl de deadline verstreek."
    )
    rapportage: RondeRapportage | None = Field(
        description="De voortgangsrapportage van de partij voor deze ronde; `null` als die "
        "ontbreekt."
    )


class RapportagerondeDetail(RapportagerondeRead):
    partijen: list[RondePartij] = Field(
        description="De actieve partijen van de niveaus van de ronde waaraan uw gemeente "
        "deelneemt, op naam."
    )

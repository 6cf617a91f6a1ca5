"""Dossier documents as the API shows them."""

import uuid
from datetime import date, datetime
from typing import Annotated, ClassVar

from pydantic import Field, StringConstraints

from app.core.schemas import ApiModel, InputModel, PatchModel
from app.dossier.models import Dossiersoort, DossierZichtbaarheid

Titel = Annotated[str, StringConstraints(min_length=1, max_length=200)]
Eigenaar = Annotated[
    str,
    StringConstraints(min_length=1, max_length=200),
    Field(description="Wie het document bijhoudt: de naam of het account van een persoon."),
]
Interval = Annotated[
    int, Field(ge=1, le=120, description="Maanden tussen twee beoordelingen, 1 tot en met 120.")
]


Link = Annotated[
    str,
    StringConstraints(min_length=9, max_length=2000, pattern=r"^https://[^\s/?#]+[^\s]*$"),
    Field(description="Waar het document in plaats daarvan staat: een https://-adres."),
]


SOORT = "De soort stuk: `regeling`, `dvo`, `overdrachtsdocument`, `werkinstructie`, …"
TITEL = "De titel van het stuk."
LAATST_BEOORDEELD_OP = "De dag waarop het stuk het laatst is beoordeeld."
ZICHTBAARHEID = (
    "`gedeeld`: elke deelnemer leest het, de penvoerder houdt het bij; "
    "`eigen`: alleen voor uw gemeente."
)


class DossierstukCreate(InputModel):
    """Een nieuw stuk: als JSON met een `link`, of als de velden van een multipart-formulier met
    het bestand in `bestand` (dan zonder `link`)."""

    soort: Dossiersoort = Field(description=SOORT)
    titel: Titel = Field(description=TITEL)
    zichtbaarheid: DossierZichtbaarheid = Field(description=ZICHTBAARHEID)
    eigenaar: Eigenaar | None = None
    laatst_beoordeeld_op: date | None = Field(default=None, description=LAATST_BEOORDEELD_OP)
    beoordelingsinterval_maanden: Interval | None = None
    link: Link | None = None


class DossierstukUpdate(PatchModel):
    required_fields: ClassVar[frozenset[str]] = frozenset({"soort", "titel", "link"})

    soort: Dossiersoort | None = Field(default=None, description=SOORT)
    titel: Titel | None = Field(default=None, description=TITEL)
    eigenaar: Eigenaar | None = None
    laatst_beoordeeld_op: date | None = Field(default=None, description=LAATST_BEOORDEELD_OP)
    beoordelingsinterval_maanden: Interval | None = None
    link: Link | None = Field(
        default=None, description="Alleen voor een stuk dat als link is vastgelegd."
    )


class DossierbestandRead(ApiModel):
    naam: str = Field(description="De bestandsnaam zoals geüpload.")
    type: str = Field(description="Het mediatype, bepaald door de inhoud van het bestand.")
    grootte: int = Field(description="De grootte in bytes.")
    sha256: str = Field(description="De SHA-256-hash van de inhoud, hexadecimaal.")
    versie: int = Field(description="1 voor het eerste bestand; elk nieuw bestand telt er één bij.")


class DossierstukRead(ApiModel):
    id: uuid.UUID = Field(description="De identificatie van het stuk.")
    verbonden_partij_id: uuid.UUID = Field(description="De partij in wier dossier het stuk zit.")
    organisatie_id: uuid.UUID = Field(description="De gemeente die het stuk bijhoudt.")
    soort: Dossiersoort = Field(description=SOORT)
    titel: str = Field(description=TITEL)
    zichtbaarheid: DossierZichtbaarheid = Field(description=ZICHTBAARHEID)
    eigenaar: str | None = Field(
        description="Wie het document bijhoudt: de naam of het account van een persoon."
    )
    laatst_beoordeeld_op: date | None = Field(description=LAATST_BEOORDEELD_OP)
    beoordelingsinterval_maanden: int | None = Field(
        description="Maanden tussen twee beoordelingen."
    )
    volgende_beoordeling_op: date | None = Field(
        description="De dag van de volgende beoordeling: het interval na de laatste "
        "beoordeling (of na de dag van toevoegen)."
    )
    beoordeling_verlopen: bool = Field(
        description="De datum van de volgende beoordeling is verstreken."
    )
    bestand: DossierbestandRead | None = Field(
        description="Het opgeslagen bestand, of `null` voor een link."
    )
    link: str | None = Field(
        description="Waar het document staat, als het als link is vastgelegd; anders `null`."
    )
    kan_wijzigen: bool = Field(description="Of u het stuk mag wijzigen of verwijderen.")
    versie: int = Field(description="Verandert bij elke wijziging van het stuk.")
    aangemaakt_op: datetime = Field(description="Wanneer het stuk is toegevoegd.")
    gewijzigd_op: datetime = Field(description="Wanneer het stuk het laatst is gewijzigd.")

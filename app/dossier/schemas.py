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
    Field(description="Who keeps the document up to date: a person's name or account."),
]
Interval = Annotated[int, Field(ge=1, le=120, description="Months between reviews, 1 to 120.")]


Link = Annotated[
    str,
    StringConstraints(min_length=9, max_length=2000, pattern=r"^https://[^\s/?#]+[^\s]*$"),
    Field(description="Where the document is kept instead: an https:// address."),
]


class DossierstukCreate(InputModel):
    """A new document: as JSON with a `link`, or as the fields of a multipart form with the
    file in `bestand` (then without `link`)."""

    soort: Dossiersoort
    titel: Titel
    zichtbaarheid: DossierZichtbaarheid = Field(
        description="`gedeeld`: every participant reads it, the penvoerder keeps it; "
        "`eigen`: private to your municipality."
    )
    eigenaar: Eigenaar | None = None
    laatst_beoordeeld_op: date | None = None
    beoordelingsinterval_maanden: Interval | None = None
    link: Link | None = None


class DossierstukUpdate(PatchModel):
    required_fields: ClassVar[frozenset[str]] = frozenset({"soort", "titel", "link"})

    soort: Dossiersoort | None = None
    titel: Titel | None = None
    eigenaar: Eigenaar | None = None
    laatst_beoordeeld_op: date | None = None
    beoordelingsinterval_maanden: Interval | None = None
    link: Link | None = Field(default=None, description="Only for a document kept as a link.")


class DossierbestandRead(ApiModel):
    naam: str = Field(description="The file name as uploaded.")
    type: str = Field(description="The media type, decided by the file's content.")
    grootte: int = Field(description="Bytes.")
    sha256: str
    versie: int = Field(description="1 for the first file; each new file adds one.")


class DossierstukRead(ApiModel):
    id: uuid.UUID
    verbonden_partij_id: uuid.UUID
    organisatie_id: uuid.UUID = Field(description="The municipality that keeps the document.")
    soort: Dossiersoort
    titel: str
    zichtbaarheid: DossierZichtbaarheid
    eigenaar: str | None
    laatst_beoordeeld_op: date | None
    beoordelingsinterval_maanden: int | None
    volgende_beoordeling_op: date | None = Field(
        description="The interval after the last review (or after the day it was added)."
    )
    beoordeling_verlopen: bool = Field(description="The next review's date has passed.")
    bestand: DossierbestandRead | None = Field(description="The stored file, or null for a link.")
    link: str | None
    kan_wijzigen: bool = Field(description="Whether you may change or remove it.")
    versie: int
    aangemaakt_op: datetime
    gewijzigd_op: datetime

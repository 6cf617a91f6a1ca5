"""Diensten and servicenormen as the API shows them."""

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, ClassVar

from pydantic import Field, StringConstraints

from app.core.periods import Granulariteit
from app.core.schemas import AS_JSON_NUMBER, NUMBER_SCHEMA, ApiModel, InputModel, PatchModel
from app.servicenormen.models import Eenheid, Richting, Servicenorm, ServicenormVersie

Naam = Annotated[str, StringConstraints(min_length=1, max_length=200)]
Tekst = Annotated[str, StringConstraints(min_length=1, max_length=10_000)]
Grondslag = Annotated[str, StringConstraints(min_length=1, max_length=500)]
NormCode = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$"),
    Field(description="Stable code partners report by, unique within the party (e.g. INC-8U)."),
]
# Checked against the norm's unit by the service, so that every bad value is reported at once.
NormGetal = Annotated[Decimal, AS_JSON_NUMBER, NUMBER_SCHEMA]

GELDIG_VANAF = (
    "First day from which these terms apply: the first day of a period of the norm's "
    "frequency (e.g. 2026-01-01, or 2026-04-01 for a quarterly norm). A measurement is judged "
    "against the version with the latest geldigVanaf on or before its period's first day."
)


class DienstCreate(InputModel):
    naam: Naam
    omschrijving: Tekst | None = None


class DienstRead(ApiModel):
    id: uuid.UUID
    verbonden_partij_id: uuid.UUID
    naam: str
    omschrijving: str | None
    aangemaakt_op: datetime


class ServicenormCreate(InputModel):
    code: NormCode
    naam: Naam
    dienst_id: uuid.UUID | None = Field(default=None, description="A dienst of this party.")
    eenheid: Eenheid
    richting: Richting
    doelwaarde: NormGetal = Field(description="The target, in the norm's unit.")
    tolerantie: NormGetal = Field(
        default=Decimal(0),
        description="Width of the attention band beside the target, in the norm's unit.",
        json_schema_extra={"default": 0},
    )
    frequentie: Granulariteit = Field(description="How often the partner reports it.")
    wettelijke_grondslag: Grondslag | None = Field(
        default=None, description="Legal basis, e.g. 'wettelijke termijn 8 weken'."
    )
    toelichting: Tekst | None = None
    geldig_vanaf: date = Field(description=GELDIG_VANAF)


class ServicenormUpdate(PatchModel):
    """Name, service, legal basis and explanation change in place. A change of doelwaarde,
    tolerantie or richting needs `geldigVanaf` and adds a version; history stays."""

    required_fields: ClassVar[frozenset[str]] = frozenset(
        {"naam", "doelwaarde", "tolerantie", "richting", "geldig_vanaf"}
    )

    naam: Naam | None = None
    dienst_id: uuid.UUID | None = None
    wettelijke_grondslag: Grondslag | None = None
    toelichting: Tekst | None = None
    doelwaarde: NormGetal | None = None
    tolerantie: NormGetal | None = None
    richting: Richting | None = None
    geldig_vanaf: date | None = Field(default=None, description=GELDIG_VANAF)


class ServicenormVersieRead(ApiModel):
    geldig_vanaf: date
    doelwaarde: NormGetal
    tolerantie: NormGetal
    richting: Richting
    aangemaakt_op: datetime


class ServicenormRead(ApiModel):
    id: uuid.UUID
    verbonden_partij_id: uuid.UUID
    dienst_id: uuid.UUID | None
    code: str
    naam: str
    eenheid: Eenheid
    frequentie: Granulariteit
    wettelijke_grondslag: str | None
    toelichting: str | None
    richting: Richting = Field(description="Of the newest version.")
    doelwaarde: NormGetal = Field(description="Of the newest version.")
    tolerantie: NormGetal = Field(description="Of the newest version.")
    geldig_vanaf: date = Field(description="Of the newest version.")
    versies: list[ServicenormVersieRead] = Field(
        description="Every version, oldest first; each applies until the next one's date."
    )
    versie: int = Field(description="Changes with every update; the ETag carries it.")
    aangemaakt_op: datetime
    gewijzigd_op: datetime

    @classmethod
    def of(cls, norm: Servicenorm) -> "ServicenormRead":
        versions = sorted(norm.versies, key=lambda version: version.geldig_vanaf)
        newest: ServicenormVersie = versions[-1]
        return cls(
            id=norm.id,
            verbonden_partij_id=norm.verbonden_partij_id,
            dienst_id=norm.dienst_id,
            code=norm.code,
            naam=norm.naam,
            eenheid=norm.eenheid,
            frequentie=norm.frequentie,
            wettelijke_grondslag=norm.wettelijke_grondslag,
            toelichting=norm.toelichting,
            richting=newest.richting,
            doelwaarde=newest.doelwaarde,
            tolerantie=newest.tolerantie,
            geldig_vanaf=newest.geldig_vanaf,
            versies=[ServicenormVersieRead.model_validate(version) for version in versions],
            versie=norm.versie,
            aangemaakt_op=norm.aangemaakt_op,
            gewijzigd_op=norm.gewijzigd_op,
        )

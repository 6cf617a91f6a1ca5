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
    Field(
        description="Vaste code waarmee de partij rapporteert, uniek binnen de partij "
        "(bijvoorbeeld INC-8U)."
    ),
]
# Checked against the norm's unit by the service, so that every bad value is reported at once.
NormGetal = Annotated[Decimal, AS_JSON_NUMBER, NUMBER_SCHEMA]

GELDIG_VANAF = (
    "De eerste dag waarop deze afspraken gelden: de eerste dag van een periode in de "
    "frequentie van de norm (bijvoorbeeld 2026-01-01, of 2026-04-01 bij een kwartaalnorm). "
    "Een meting wordt beoordeeld naar de versie met de laatste geldigVanaf op of vóór de "
    "eerste dag van haar periode."
)
DIENST_NAAM = "De naam van de dienst."
DIENST_OMSCHRIJVING = "Wat de dienst inhoudt."
DIENST_ID = "De dienst van deze partij waar de norm bij hoort."
NAAM = "De naam van de norm."
EENHEID = "De eenheid van doelwaarde, tolerantie en metingen."
RICHTING = "Of een hogere of een lagere waarde beter is."
DOELWAARDE = "De doelwaarde, in de eenheid van de norm."
TOLERANTIE = "De breedte van de aandachtszone naast de doelwaarde, in de eenheid van de norm."
FREQUENTIE = "Hoe vaak de partij over de norm rapporteert."
GRONDSLAG = "De wettelijke grondslag, bijvoorbeeld 'wettelijke termijn 8 weken'."
TOELICHTING = "Vrije toelichting bij de norm."
NIEUWSTE = " Volgens de nieuwste versie."


class DienstCreate(InputModel):
    naam: Naam = Field(description=DIENST_NAAM)
    omschrijving: Tekst | None = Field(default=None, description=DIENST_OMSCHRIJVING)


class DienstRead(ApiModel):
    id: uuid.UUID = Field(description="De identificatie van de dienst.")
    verbonden_partij_id: uuid.UUID = Field(description="De partij die de dienst levert.")
    naam: str = Field(description=DIENST_NAAM)
    omschrijving: str | None = Field(description=DIENST_OMSCHRIJVING)
    aangemaakt_op: datetime = Field(description="Wanneer de dienst is vastgelegd.")


class ServicenormCreate(InputModel):
    code: NormCode
    naam: Naam = Field(description=NAAM)
    dienst_id: uuid.UUID | None = Field(default=None, description=DIENST_ID)
    eenheid: Eenheid = Field(description=EENHEID)
    richting: Richting = Field(description=RICHTING)
    doelwaarde: NormGetal = Field(description=DOELWAARDE)
    tolerantie: NormGetal = Field(
        default=Decimal(0), description=TOLERANTIE, json_schema_extra={"default": 0}
    )
    frequentie: Granulariteit = Field(description=FREQUENTIE)
    wettelijke_grondslag: Grondslag | None = Field(default=None, description=GRONDSLAG)
    toelichting: Tekst | None = Field(default=None, description=TOELICHTING)
    geldig_vanaf: date = Field(description=GELDIG_VANAF)


class ServicenormUpdate(PatchModel):
    """Naam, dienst, wettelijke grondslag en toelichting wijzigen zonder nieuwe versie. Een nieuwe
    doelwaarde, tolerantie of richting vereist `geldigVanaf` en voegt een versie toe; de
    geschiedenis blijft."""

    required_fields: ClassVar[frozenset[str]] = frozenset(
        {"naam", "doelwaarde", "tolerantie", "richting", "geldig_vanaf"}
    )

    naam: Naam | None = Field(default=None, description=NAAM)
    dienst_id: uuid.UUID | None = Field(default=None, description=DIENST_ID)
    wettelijke_grondslag: Grondslag | None = Field(default=None, description=GRONDSLAG)
    toelichting: Tekst | None = Field(default=None, description=TOELICHTING)
    doelwaarde: NormGetal | None = Field(
        default=None, description=DOELWAARDE + " Een wijziging vraagt om geldigVanaf."
    )
    tolerantie: NormGetal | None = Field(
        default=None, description=TOLERANTIE + " Een wijziging vraagt om geldigVanaf."
    )
    richting: Richting | None = Field(
        default=None, description=RICHTING + " Een wijziging vraagt om geldigVanaf."
    )
    geldig_vanaf: date | None = Field(default=None, description=GELDIG_VANAF)


class ServicenormVersieRead(ApiModel):
    geldig_vanaf: date = Field(description="De eerste dag waarop deze versie geldt.")
    doelwaarde: NormGetal = Field(description=DOELWAARDE)
    tolerantie: NormGetal = Field(description=TOLERANTIE)
    richting: Richting = Field(description=RICHTING)
    aangemaakt_op: datetime = Field(description="Wanneer de versie is vastgelegd.")


class ServicenormRead(ApiModel):
    id: uuid.UUID = Field(description="De identificatie van de norm.")
    verbonden_partij_id: uuid.UUID = Field(description="De partij waar de norm voor geldt.")
    dienst_id: uuid.UUID | None = Field(description=DIENST_ID)
    code: str = Field(description="De code waarmee de partij over de norm rapporteert.")
    naam: str = Field(description=NAAM)
    eenheid: Eenheid = Field(description=EENHEID)
    frequentie: Granulariteit = Field(description=FREQUENTIE)
    wettelijke_grondslag: str | None = Field(description=GRONDSLAG)
    toelichting: str | None = Field(description=TOELICHTING)
    richting: Richting = Field(description=RICHTING + NIEUWSTE)
    doelwaarde: NormGetal = Field(description=DOELWAARDE + NIEUWSTE)
    tolerantie: NormGetal = Field(description=TOLERANTIE + NIEUWSTE)
    geldig_vanaf: date = Field(description="De eerste dag waarop de nieuwste versie geldt.")
    versies: list[ServicenormVersieRead] = Field(
        description="Elke versie, oudste eerst; elke geldt tot de datum van de volgende."
    )
    versie: int = Field(description="Stijgt bij elke wijziging; de ETag draagt haar.")
    aangemaakt_op: datetime = Field(description="Wanneer de norm is vastgelegd.")
    gewijzigd_op: datetime = Field(description="Wanneer de norm het laatst is gewijzigd.")

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

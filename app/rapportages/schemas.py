"""Pushes, receipts, reports, time series and timeliness as the API shows them."""

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated

from pydantic import Field, StringConstraints

from app.core.periods import PeriodeField
from app.core.schemas import AS_JSON_NUMBER, NUMBER_SCHEMA, ApiModel, InputModel
from app.rapportages.models import Rapportage, RapportageSoort
from app.rapportages.timeliness import Tijdigheid
from app.servicenormen.models import Richting
from app.servicenormen.outcomes import UITKOMST_DESCRIPTION, Uitkomst

Tekst = Annotated[str, StringConstraints(min_length=1, max_length=10_000)]
Getal = Annotated[Decimal, AS_JSON_NUMBER, NUMBER_SCHEMA]
MAX_METINGEN = 5_000

UitkomstField = Annotated[Uitkomst | None, Field(description=UITKOMST_DESCRIPTION)]


class MetingCreate(InputModel):
    norm_code: Annotated[str, StringConstraints(min_length=1, max_length=40)] = Field(
        description="The `code` of one of the party's servicenormen."
    )
    periode: PeriodeField | None = Field(
        default=None,
        description="The measured period, of the norm's frequency and ending within the "
        "report's period; default the report's period.",
    )
    waarde: Getal = Field(
        description="In the norm's unit: percentage 0–100; aantal a whole number >= 0; "
        "dagen and uren >= 0; score 0–10; euro with at most 2 decimals. At most 4 decimals."
    )
    toelichting: Tekst | None = None


class RapportageCreate(InputModel):
    periode: PeriodeField = Field(description="The period the report covers.")
    soort: RapportageSoort = RapportageSoort.prestaties
    toelichting: Tekst | None = Field(default=None, description="The party's narrative.")
    metingen: list[MetingCreate] = Field(default_factory=list, max_length=MAX_METINGEN)


class MetingRead(ApiModel):
    norm_code: str
    servicenorm_id: uuid.UUID
    periode: PeriodeField
    waarde: Getal
    toelichting: str | None = None
    uitkomst: UitkomstField


class TokenVerwijzing(ApiModel):
    """The bearer token a report was pushed with (API.md 1.1)."""

    id: uuid.UUID = Field(description="De identificatie van het token.")
    omschrijving: str = Field(description="Waarvoor het token dient.")


def token_of(report: Rapportage) -> TokenVerwijzing | None:
    if report.ingediend_met_token_id is None:
        return None
    return TokenVerwijzing(
        id=report.ingediend_met_token_id, omschrijving=report.ingediend_met_token_omschrijving or ""
    )


class RapportageKop(ApiModel):
    """A report revision without its measurements."""

    id: uuid.UUID
    verbonden_partij_id: uuid.UUID
    periode: PeriodeField
    soort: RapportageSoort
    revisie: int = Field(description="1 for the first push of this period and kind, then 2, …")
    vervangt: uuid.UUID | None = Field(description="The revision this one supersedes.")
    ontvangen_op: datetime
    toelichting: str | None
    ingediend_door_rol: str = Field(description="partner, or the municipal role on its behalf.")
    ingediend_met_token: TokenVerwijzing | None = Field(
        description="The token that pushed it, so every participant sees who acted as the "
        "partner; null when pushed with a sign-on (OIDC) token or before 1.1."
    )


class Ontvangstbewijs(RapportageKop):
    """The receipt of a push: the stored revision and each measurement's outcome."""

    metingen: list[MetingRead]


class RapportageSamenvatting(RapportageKop):
    vervangen_door: uuid.UUID | None = Field(description="The revision that superseded it.")
    actueel: bool = Field(description="Not superseded by a later revision.")
    aantal_metingen: int


class RapportageRead(RapportageSamenvatting):
    metingen: list[MetingRead]


class MetingPunt(ApiModel):
    """One period of a norm's time series: the measurement of the latest revision."""

    periode: PeriodeField
    waarde: Getal
    uitkomst: UitkomstField
    doelwaarde: Getal | None = Field(description="Of the norm version in force in the period.")
    tolerantie: Getal | None
    richting: Richting | None
    rapportage_id: uuid.UUID
    revisie: int
    ontvangen_op: datetime
    toelichting: str | None


class TijdigheidRegel(ApiModel):
    servicenorm_id: uuid.UUID
    norm_code: str
    naam: str
    periode: PeriodeField
    deadline: date
    ontvangen_op: datetime | None = Field(description="First revision that carried it.")
    status: Tijdigheid


class TijdigheidAantallen(ApiModel):
    verwacht: int
    op_tijd: int
    te_laat: int
    ontbrekend: int


class TimelinessSummary(ApiModel):
    """For each norm and each of its periods ending from `van` to `tot`: did the partner
    report it, on time (deadline = last day of the period + rapportagetermijnDagen)?
    `verwacht`: not received, deadline not yet passed; `ontbrekend`: deadline passed."""

    verbonden_partij_id: uuid.UUID
    van: PeriodeField
    tot: PeriodeField
    peildatum: date
    rapportagetermijn_dagen: int
    aantallen: TijdigheidAantallen
    op_tijd: bool = Field(description="Nothing late and nothing missing.")
    regels: list[TijdigheidRegel]


class NormOutcome(ApiModel):
    servicenorm_id: uuid.UUID
    code: str
    naam: str
    periode: PeriodeField | None = Field(description="The latest period measured, or null.")
    waarde: Getal | None
    uitkomst: UitkomstField


class NormOutcomeSummary(ApiModel):
    """Per norm of the party, its latest current measurement of a period ending within
    `periode`, and the counts. `aandeelGehaald` is the percentage of measured norms met."""

    verbonden_partij_id: uuid.UUID
    periode: PeriodeField
    gehaald: int
    aandacht: int
    niet_gehaald: int
    zonder_meting: int
    aandeel_gehaald: Getal | None = Field(description="Percentage, 1 decimal; null: none.")
    normen: list[NormOutcome]

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


NORM_CODE = "De `code` van een van de servicenormen van de partij."
MEETPERIODE = "De gemeten periode."
WAARDE = "De gemeten waarde, in de eenheid van de norm."
METING_TOELICHTING = "Toelichting van de partij bij de meting."


class MetingCreate(InputModel):
    norm_code: Annotated[str, StringConstraints(min_length=1, max_length=40)] = Field(
        description=NORM_CODE
    )
    periode: PeriodeField | None = Field(
        default=None,
        description="De gemeten periode, in de frequentie van de norm en eindigend binnen de "
        "periode van de rapportage; standaard de periode van de rapportage.",
    )
    waarde: Getal = Field(
        description="In de eenheid van de norm: percentage 0–100; aantal een geheel getal "
        ">= 0; dagen en uren >= 0; score 0–10; euro met hooguit 2 decimalen. Hooguit 4 "
        "decimalen."
    )
    toelichting: Tekst | None = Field(default=None, description=METING_TOELICHTING)


class RapportageCreate(InputModel):
    periode: PeriodeField = Field(description="De periode waarover de rapportage gaat.")
    soort: RapportageSoort = Field(
        default=RapportageSoort.prestaties, description="De soort rapportage."
    )
    toelichting: Tekst | None = Field(default=None, description="Het verhaal van de partij.")
    metingen: list[MetingCreate] = Field(
        default_factory=list, max_length=MAX_METINGEN, description="De metingen per norm."
    )


class MetingRead(ApiModel):
    norm_code: str = Field(description=NORM_CODE)
    servicenorm_id: uuid.UUID = Field(description="De gemeten servicenorm.")
    periode: PeriodeField = Field(description=MEETPERIODE)
    waarde: Getal = Field(description=WAARDE)
    toelichting: str | None = Field(default=None, description=METING_TOELICHTING)
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

    id: uuid.UUID = Field(description="De identificatie van deze revisie.")
    verbonden_partij_id: uuid.UUID = Field(description="De partij die rapporteerde.")
    periode: PeriodeField = Field(description="De periode waarover de rapportage gaat.")
    soort: RapportageSoort = Field(description="De soort rapportage.")
    revisie: int = Field(
        description="1 voor de eerste levering over deze periode en soort, dan 2, …"
    )
    vervangt: uuid.UUID | None = Field(description="De revisie die deze vervangt.")
    ontvangen_op: datetime = Field(description="Wanneer de revisie binnenkwam.")
    toelichting: str | None = Field(description="Het verhaal van de partij.")
    ingediend_door_rol: str = Field(
        description="partner, of de gemeentelijke rol die namens de partij leverde."
    )
    ingediend_met_token: TokenVerwijzing | None = Field(
        description="Het token waarmee is geleverd, zodat elke deelnemer ziet wie als de "
        "partij optrad; null bij een aanmeldtoken (OIDC) of van vóór versie 1.1."
    )


class Ontvangstbewijs(RapportageKop):
    """The receipt of a push: the stored revision and each measurement's outcome."""

    metingen: list[MetingRead] = Field(description="Elke meting met haar uitkomst.")


class RapportageSamenvatting(RapportageKop):
    vervangen_door: uuid.UUID | None = Field(description="De revisie die deze verving.")
    actueel: bool = Field(description="Niet vervangen door een latere revisie.")
    aantal_metingen: int = Field(description="Het aantal metingen in de revisie.")


class RapportageRead(RapportageSamenvatting):
    metingen: list[MetingRead] = Field(description="Elke meting met haar uitkomst.")


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

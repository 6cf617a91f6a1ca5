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
    """Het bearer-token waarmee een rapportage is aangeleverd (API.md 1.1)."""

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
    """Het ontvangstbewijs van een aanlevering: de opgeslagen revisie en de uitkomst van elke
    meting."""

    metingen: list[MetingRead] = Field(description="Elke meting met haar uitkomst.")


class RapportageSamenvatting(RapportageKop):
    vervangen_door: uuid.UUID | None = Field(description="De revisie die deze verving.")
    actueel: bool = Field(description="Niet vervangen door een latere revisie.")
    aantal_metingen: int = Field(description="Het aantal metingen in de revisie.")


class RapportageRead(RapportageSamenvatting):
    metingen: list[MetingRead] = Field(description="Elke meting met haar uitkomst.")


PERIODE_NORM = "De periode van de meting."
NORM_ID = "De servicenorm."
NORM_NAAM = "De naam van de norm."
PARTIJ = "De partij."


class MetingPunt(ApiModel):
    """Eén periode uit de tijdreeks van een norm: de meting uit de laatste revisie."""

    periode: PeriodeField = Field(description=PERIODE_NORM)
    waarde: Getal = Field(description=WAARDE)
    uitkomst: UitkomstField
    doelwaarde: Getal | None = Field(
        description="Van de versie van de norm die in de periode gold."
    )
    tolerantie: Getal | None = Field(
        description="Van de versie van de norm die in de periode gold."
    )
    richting: Richting | None = Field(
        description="Van de versie van de norm die in de periode gold."
    )
    rapportage_id: uuid.UUID = Field(description="De revisie die de meting bracht.")
    revisie: int = Field(description="Het nummer van die revisie.")
    ontvangen_op: datetime = Field(description="Wanneer die revisie binnenkwam.")
    toelichting: str | None = Field(description=METING_TOELICHTING)


class TijdigheidRegel(ApiModel):
    servicenorm_id: uuid.UUID = Field(description=NORM_ID)
    norm_code: str = Field(description=NORM_CODE)
    naam: str = Field(description=NORM_NAAM)
    periode: PeriodeField = Field(description="De periode waarover te rapporteren was.")
    deadline: date = Field(description="De laatste dag om op tijd te zijn.")
    ontvangen_op: datetime | None = Field(
        description="Wanneer de eerste revisie met de meting binnenkwam."
    )
    status: Tijdigheid = Field(description="Op tijd, te laat, verwacht of ontbrekend.")


class TijdigheidAantallen(ApiModel):
    verwacht: int = Field(description="Niet ontvangen, deadline nog niet voorbij.")
    op_tijd: int = Field(description="Op tijd ontvangen.")
    te_laat: int = Field(description="Na de deadline ontvangen.")
    ontbrekend: int = Field(description="Niet ontvangen, deadline voorbij.")


class TimelinessSummary(ApiModel):
    """Voor elke norm en elk van haar perioden die eindigen van `van` tot en met `tot`: rapporteerde
    de partner haar, en op tijd (deadline = laatste dag van de periode + rapportagetermijnDagen)?
    `verwacht`: niet ontvangen, deadline nog niet verstreken; `ontbrekend`: deadline verstreken."""

    verbonden_partij_id: uuid.UUID = Field(description=PARTIJ)
    van: PeriodeField = Field(description="De eerste beoordeelde periode.")
    tot: PeriodeField = Field(description="De laatste beoordeelde periode.")
    peildatum: date = Field(description="Vandaag, waartegen de deadlines worden beoordeeld.")
    rapportagetermijn_dagen: int = Field(
        description="Dagen na het einde van een periode waarbinnen de meting binnen moet zijn."
    )
    aantallen: TijdigheidAantallen = Field(description="De regels geteld per status.")
    op_tijd: bool = Field(description="Niets te laat en niets ontbrekend.")
    regels: list[TijdigheidRegel] = Field(description="Per norm en periode de status.")


class NormOutcome(ApiModel):
    servicenorm_id: uuid.UUID = Field(description=NORM_ID)
    code: str = Field(description=NORM_CODE)
    naam: str = Field(description=NORM_NAAM)
    periode: PeriodeField | None = Field(description="De laatst gemeten periode, of null.")
    waarde: Getal | None = Field(description="De laatst gemeten waarde, of null.")
    uitkomst: UitkomstField


class NormOutcomeSummary(ApiModel):
    """Per norm van de partij haar laatste actuele meting van een periode die binnen `periode`
    eindigt, en de aantallen. `aandeelGehaald` is het percentage gemeten normen dat gehaald is."""

    verbonden_partij_id: uuid.UUID = Field(description=PARTIJ)
    periode: PeriodeField = Field(description="De periode waarbinnen de metingen eindigen.")
    gehaald: int = Field(description="Het aantal normen met de uitkomst gehaald.")
    aandacht: int = Field(description="Het aantal normen met de uitkomst aandacht.")
    niet_gehaald: int = Field(description="Het aantal normen met de uitkomst niet gehaald.")
    zonder_meting: int = Field(description="Het aantal normen zonder meting.")
    aandeel_gehaald: Getal | None = Field(
        description="Het percentage gemeten normen dat gehaald is, 1 decimaal; null: geen."
    )
    normen: list[NormOutcome] = Field(description="Per norm de laatste meting en uitkomst.")

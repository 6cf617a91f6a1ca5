"""Budgets, their deviations and the thresholds, as the API shows them."""

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Annotated

from pydantic import Field, StringConstraints

from app.begrotingen.deviations import AandeelBron
from app.core.schemas import (
    AS_JSON_NUMBER,
    NUMBER_SCHEMA,
    ApiModel,
    Euro,
    InputModel,
    NonNegativeEuro,
    Percentage,
    PositiveEuro,
    PositivePercentage,
)

Bedrag = NonNegativeEuro
PositiefBedrag = PositiveEuro
PositiefPercentage = PositivePercentage
Afwijkingspercentage = Annotated[Decimal, AS_JSON_NUMBER, NUMBER_SCHEMA]
Tekst = Annotated[str, StringConstraints(min_length=1, max_length=10_000)]

THRESHOLD_RULE = (
    "A deviation counts when it is not zero and |amount| >= `bedrag` OR |percentage| >= "
    "`percentage` (both inclusive; the percentage is judged unrounded)."
)


class LastenBaten(InputModel):
    lasten: Bedrag
    baten: Bedrag


class RealisatieTotHeden(InputModel):
    periode: Annotated[str, StringConstraints(pattern=r"^[0-9]{4}-Q[1-4]$")] = Field(
        description="The last quarter included (`2026-Q2`); of the budget's own year."
    )
    lasten: Bedrag
    baten: Bedrag


class InvesteringenBedragen(InputModel):
    begroot: Bedrag
    prognose: Bedrag | None = None
    realisatie: Bedrag | None = None


class Bijdrage(InputModel):
    organisatie_id: uuid.UUID = Field(description="A participant of the party.")
    bedrag: Bedrag


class BegrotingInhoud(InputModel):
    """A budget year as the partner or a director writes it (PUT replaces it whole)."""

    primitief: LastenBaten = Field(description="The original budget (primitieve begroting).")
    na_wijziging: LastenBaten | None = Field(default=None, description="After amendments.")
    prognose: LastenBaten | None = Field(default=None, description="The current forecast.")
    realisatie: LastenBaten | None = Field(default=None, description="The actuals.")
    realisatie_tot_heden: RealisatieTotHeden | None = Field(
        default=None,
        description="The actuals up to and including a quarter, as an Iv3 quarter delivery "
        "gives them (not judged as a deviation: the year is not over).",
    )
    investeringen: InvesteringenBedragen | None = None
    eigen_vermogen_begin: Euro | None = None
    eigen_vermogen_einde: Euro | None = None
    vreemd_vermogen_begin: Euro | None = None
    vreemd_vermogen_einde: Euro | None = None
    resultaat: Euro | None = None
    risicos: Tekst | None = Field(
        default=None,
        description="The party's own statement of its material risks (its budget's risk "
        "paragraph); shown in the BBV paragraph as `risicosVolgensPartij`.",
    )
    bijdragen: list[Bijdrage] = Field(
        default_factory=list, max_length=200, description="The contribution per participant."
    )


class Afwijkingsregel(ApiModel):
    basis: Euro
    waarde: Euro
    bedrag: Euro = Field(description="waarde − basis.")
    percentage: Afwijkingspercentage | None = Field(
        description="bedrag in percent of |basis|, two decimals; null when basis is 0."
    )


class Vergelijkingsregels(ApiModel):
    lasten: Afwijkingsregel | None
    baten: Afwijkingsregel | None
    saldo: Afwijkingsregel | None = Field(description="Balance: baten − lasten.")
    investeringen: Afwijkingsregel | None


class AfwijkingenRead(ApiModel):
    wijziging: Vergelijkingsregels | None = Field(
        description="The amended budget against the original."
    )
    prognose: Vergelijkingsregels | None = Field(
        description="The forecast against the amended budget (the original when not amended); "
        "investments against `investeringen.begroot`."
    )
    realisatie: Vergelijkingsregels | None = Field(
        description="The actuals against the amended budget; investments against their budget."
    )


class DrempelsRead(ApiModel):
    bedrag: Euro
    percentage: Afwijkingspercentage


class EigenAandeelRead(ApiModel):
    bron: AandeelBron = Field(
        description="`bijdragen`: own contribution ÷ all contributions of the budget; "
        "`verdeelsleutel`: the participation's share in the cost split."
    )
    percentage: Afwijkingspercentage
    bijdrage: Euro | None = Field(description="The municipality's own contribution this year.")
    wijziging: Euro | None = Field(description="Its share of the balance deviation.")
    prognose: Euro | None
    realisatie: Euro | None


class SignaleringRead(ApiModel):
    """The deviations judged against the caller's municipality's thresholds."""

    drempels: DrempelsRead
    afwijking_begroting: bool = Field(
        description="The amended budget's lasten, baten or saldo against the original, or the "
        "forecast's lasten or baten against the amended budget, counts."
    )
    afwijking_investering: bool = Field(
        description="The investments' forecast or actuals against their budget counts."
    )
    afwijking_exploitatie: bool = Field(
        description="The saldo of the forecast or of the actuals against the amended budget counts."
    )
    eigen_aandeel: EigenAandeelRead | None = Field(
        description="What the balance deviations mean for the municipality's own contribution "
        "(negative: a shortfall it shares in)."
    )


class BegrotingRead(BegrotingInhoud):
    verbonden_partij_id: uuid.UUID
    jaar: int
    versie: int
    aangemaakt_op: datetime
    gewijzigd_op: datetime
    afwijkingen: AfwijkingenRead
    signalering: SignaleringRead | None = Field(
        description=f"For municipal accounts only; null for a partner. {THRESHOLD_RULE}"
    )


class BegrotingSamenvatting(ApiModel):
    jaar: int
    versie: int
    gewijzigd_op: datetime


class BegrotingVersie(ApiModel):
    """One stored version of a budget year, from the audit trail."""

    versie: int
    tijdstip: datetime
    actie: str
    actor_naam: str
    actor_rol: str
    begroting: BegrotingInhoud


class AfwijkingsdrempelsInput(InputModel):
    bedrag: PositiefBedrag = Field(description="Amount threshold in euros.")
    percentage: PositiefPercentage = Field(description="Percentage threshold.")


class AfwijkingsdrempelsRead(ApiModel):
    bedrag: Euro
    percentage: Percentage
    standaard: bool = Field(description="True while the municipality has set none (defaults).")
    versie: int = Field(description="0 for the defaults.")
    regel: str = Field(default=THRESHOLD_RULE, description="How the thresholds are applied.")

"""The drill-down of one party: its overview row and the tables behind it."""

import uuid
from datetime import date, datetime

from pydantic import Field

from app.begrotingen.deviations import Vergelijking
from app.core.periods import Granulariteit
from app.core.schemas import ApiModel, Euro
from app.dashboard.schemas import DashboardRij, Getal
from app.iv3.schemas import KengetalSignaal
from app.risicos.models import RisicoStatus
from app.servicenormen.models import Eenheid, Richting
from app.servicenormen.outcomes import UITKOMST_DESCRIPTION, Uitkomst
from app.verbeterplan.models import ActieStatus
from app.voortgang.content import Oordeel
from app.voortgang.workflow import RapportageStatus
from app.wgr.calendar import DocumentSoort
from app.wgr.calendar import Status as WgrStatus


class NormPunt(ApiModel):
    periode: str
    waarde: Getal
    uitkomst: Uitkomst | None = Field(description=UITKOMST_DESCRIPTION)
    doelwaarde: Getal | None = Field(description="The target in force in the period.")
    tolerantie: Getal | None
    rapportage_id: uuid.UUID = Field(description="The report revision the value comes from.")
    revisie: int
    ontvangen_op: datetime


class NormReeks(ApiModel):
    """A norm and its time series: per period the value of the latest report revision."""

    servicenorm_id: uuid.UUID
    code: str
    naam: str
    eenheid: Eenheid
    frequentie: Granulariteit
    richting: Richting | None = Field(description="Of the version in force today.")
    doelwaarde: Getal | None = Field(description="Of the version in force today.")
    tolerantie: Getal | None
    metingen: list[NormPunt] = Field(description="Oldest period first.")


class BegrotingJaar(ApiModel):
    """A budget year with its deviations, judged for your municipality."""

    jaar: int
    primitief_lasten: Euro
    primitief_baten: Euro
    na_wijziging_lasten: Euro | None
    na_wijziging_baten: Euro | None
    prognose_lasten: Euro | None
    prognose_baten: Euro | None
    realisatie_lasten: Euro | None
    realisatie_baten: Euro | None
    investeringen_begroot: Euro | None
    investeringen_prognose: Euro | None
    investeringen_realisatie: Euro | None
    eigen_bijdrage: Euro | None = Field(description="Your municipality's contribution.")
    vergelijking: Vergelijking | None = Field(
        description="The comparison the deviation fields show (as on the overview)."
    )
    afwijking_lasten: Euro | None
    afwijking_saldo: Euro | None
    afwijking_saldo_percentage: Getal | None
    eigen_aandeel_afwijking: Euro | None
    afwijking_begroting: bool
    afwijking_investering: bool
    afwijking_exploitatie: bool


class PrognoseVersie(ApiModel):
    """A stored version of the current year's budget: the course of the forecast."""

    versie: int
    tijdstip: datetime
    na_wijziging_lasten: Euro | None
    na_wijziging_baten: Euro | None
    prognose_lasten: Euro | None
    prognose_baten: Euro | None
    realisatie_lasten: Euro | None
    realisatie_baten: Euro | None


class VoortgangRegel(ApiModel):
    """Your municipality's status report of a half-year."""

    id: uuid.UUID
    periode: str
    status: RapportageStatus
    te_laat: bool
    ingediend_op: datetime | None
    goedgekeurd_op: datetime | None
    oordeel_voortgang: Oordeel | None
    oordeel_inhoud: Oordeel | None
    oordeel_planning: Oordeel | None
    oordeel_financien: Oordeel | None
    oordeel_risicos: Oordeel | None
    oordeel_communicatie: Oordeel | None


class ActieRegel(ApiModel):
    """An unfinished action of a recommendation on the party."""

    id: uuid.UUID
    aanbeveling_id: uuid.UUID
    aanbeveling_code: str
    omschrijving: str
    eigenaar: str | None
    planning: date | None
    planning_tekst: str | None
    status: ActieStatus
    achterstallig: bool = Field(description="Past its planned date.")


class RisicoRegel(ApiModel):
    id: uuid.UUID
    omschrijving: str
    kans: int
    impact: int
    score: int
    financiele_omvang: Euro | None
    status: RisicoStatus
    eigenaar: str | None


class WgrRegel(ApiModel):
    document_jaar: int
    soort: DocumentSoort
    uiterlijk: date
    ontvangen_op: date | None
    status: WgrStatus


class DashboardPartij(ApiModel):
    """Everything about one party for your municipality."""

    overzicht: DashboardRij
    normen: list[NormReeks]
    begrotingen: list[BegrotingJaar] = Field(description="Newest year first.")
    prognoseverloop: list[PrognoseVersie] = Field(
        description="Every stored version of the current year's budget, oldest first."
    )
    voortgangsrapportages: list[VoortgangRegel] = Field(description="Newest half-year first.")
    acties: list[ActieRegel] = Field(description="Unfinished actions, soonest due first.")
    risicos: list[RisicoRegel] = Field(description="Current risks, largest first.")
    wgr_termijnen: list[WgrRegel] = Field(
        description="The Wgr calendar of the financial years around today, in date order "
        "(empty when the Wgr budget cycle does not apply)."
    )
    kengetallen_rood: list[KengetalSignaal] = Field(
        description="The party's key ratios (Iv3) whose latest value is in category C against "
        "your municipality's signal values; all of them: `/verbonden-partijen/{id}/kengetallen`."
    )

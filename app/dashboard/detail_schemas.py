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

RISICO_ID = "De identificatie van het risico."
RISICO_OMSCHRIJVING = "Wat er mis kan gaan."
KANS = "De kans, van 1 (zelden) tot 5 (vrijwel zeker)."
IMPACT = "De impact, van 1 (verwaarloosbaar) tot 5 (ernstig)."
NA_WIJZIGING_LASTEN = "De lasten van de gewijzigde begroting (na wijziging)."
NA_WIJZIGING_BATEN = "De baten van de gewijzigde begroting (na wijziging)."
PROGNOSE_LASTEN = "De lasten volgens de prognose."
PROGNOSE_BATEN = "De baten volgens de prognose."
REALISATIE_LASTEN = "De gerealiseerde lasten."
REALISATIE_BATEN = "De gerealiseerde baten."
TOLERANTIE = "De tolerantieband rond de doelwaarde: daarbinnen aandacht, daarbuiten niet gehaald."
OORDEEL = "`+` beter dan gepland, `=` op koers, `-` achter; `null` zonder oordeel."


class NormPunt(ApiModel):
    periode: str = Field(description="De gemeten periode, bijv. `2026-Q3`.")
    waarde: Getal = Field(description="De gemeten waarde.")
    uitkomst: Uitkomst | None = Field(description=UITKOMST_DESCRIPTION)
    doelwaarde: Getal | None = Field(description="De doelwaarde die in de periode gold.")
    tolerantie: Getal | None = Field(description="De tolerantie die in de periode gold.")
    rapportage_id: uuid.UUID = Field(
        description="De revisie van de rapportage waar de waarde uit komt."
    )
    revisie: int = Field(description="Het revisienummer van die rapportage.")
    ontvangen_op: datetime = Field(description="Wanneer die rapportage is ontvangen.")


class NormReeks(ApiModel):
    """Een norm en haar tijdreeks: per periode de waarde uit de laatste rapportagerevisie."""

    servicenorm_id: uuid.UUID = Field(description="De identificatie van de servicenorm.")
    code: str = Field(description="De vaste code van de norm die de partner gebruikt.")
    naam: str = Field(description="De naam van de norm.")
    eenheid: Eenheid = Field(description="De eenheid van de waarden.")
    frequentie: Granulariteit = Field(description="Hoe vaak de norm wordt gemeten.")
    richting: Richting | None = Field(
        description="Of hoger of lager beter is, volgens de versie die vandaag geldt."
    )
    doelwaarde: Getal | None = Field(description="De doelwaarde van de versie die vandaag geldt.")
    tolerantie: Getal | None = Field(description=TOLERANTIE)
    metingen: list[NormPunt] = Field(description="Per periode de waarde, oudste periode eerst.")


class BegrotingJaar(ApiModel):
    """Een begrotingsjaar met zijn afwijkingen, beoordeeld voor uw gemeente."""

    jaar: int = Field(description="Het begrotingsjaar.")
    primitief_lasten: Euro = Field(description="De lasten van de primitieve begroting.")
    primitief_baten: Euro = Field(description="De baten van de primitieve begroting.")
    na_wijziging_lasten: Euro | None = Field(description=NA_WIJZIGING_LASTEN)
    na_wijziging_baten: Euro | None = Field(description=NA_WIJZIGING_BATEN)
    prognose_lasten: Euro | None = Field(description=PROGNOSE_LASTEN)
    prognose_baten: Euro | None = Field(description=PROGNOSE_BATEN)
    realisatie_lasten: Euro | None = Field(description=REALISATIE_LASTEN)
    realisatie_baten: Euro | None = Field(description=REALISATIE_BATEN)
    investeringen_begroot: Euro | None = Field(description="De begrote investeringen.")
    investeringen_prognose: Euro | None = Field(description="De prognose van de investeringen.")
    investeringen_realisatie: Euro | None = Field(description="De gerealiseerde investeringen.")
    eigen_bijdrage: Euro | None = Field(description="De bijdrage van uw gemeente.")
    vergelijking: Vergelijking | None = Field(
        description="De vergelijking die de afwijkingsvelden tonen (als in het overzicht)."
    )
    afwijking_lasten: Euro | None = Field(description="Afwijking van de lasten, in euro's.")
    afwijking_saldo: Euro | None = Field(
        description="Afwijking van het saldo (baten − lasten), in euro's; negatief: een tekort."
    )
    afwijking_saldo_percentage: Getal | None = Field(
        description="De afwijking van het saldo in procenten van de absolute waarde van de basis."
    )
    eigen_aandeel_afwijking: Euro | None = Field(
        description="Het aandeel van uw gemeente in `afwijkingSaldo`."
    )
    afwijking_begroting: bool = Field(
        description="Signalering begroting, tegen de drempels van uw gemeente."
    )
    afwijking_investering: bool = Field(
        description="Signalering investeringen, tegen de drempels van uw gemeente."
    )
    afwijking_exploitatie: bool = Field(
        description="Signalering exploitatie, tegen de drempels van uw gemeente."
    )


class PrognoseVersie(ApiModel):
    """Een opgeslagen versie van de begroting van het huidige jaar: het verloop van de prognose."""

    versie: int = Field(description="De versie van het begrotingsjaar.")
    tijdstip: datetime = Field(description="Wanneer deze versie is opgeslagen.")
    na_wijziging_lasten: Euro | None = Field(description=NA_WIJZIGING_LASTEN)
    na_wijziging_baten: Euro | None = Field(description=NA_WIJZIGING_BATEN)
    prognose_lasten: Euro | None = Field(description=PROGNOSE_LASTEN)
    prognose_baten: Euro | None = Field(description=PROGNOSE_BATEN)
    realisatie_lasten: Euro | None = Field(description=REALISATIE_LASTEN)
    realisatie_baten: Euro | None = Field(description=REALISATIE_BATEN)


class VoortgangRegel(ApiModel):
    """Een voortgangsrapportage van uw gemeente over een halfjaar."""

    id: uuid.UUID = Field(description="De identificatie van de voortgangsrapportage.")
    periode: str = Field(description="Het halfjaar, bijv. `2026-H1`.")
    status: RapportageStatus = Field(
        description="`concept`, `ingediend`, `teruggestuurd` of `goedgekeurd`."
    )
    te_laat: bool = Field(description="Voor het eerst ingediend na de deadline van de ronde.")
    ingediend_op: datetime | None = Field(
        description="Wanneer de rapportage voor het eerst is ingediend."
    )
    goedgekeurd_op: datetime | None = Field(description="Wanneer het MT haar goedkeurde.")
    oordeel_voortgang: Oordeel | None = Field(description=f"Voortgang: {OORDEEL}")
    oordeel_inhoud: Oordeel | None = Field(description=f"Inhoud/scope: {OORDEEL}")
    oordeel_planning: Oordeel | None = Field(description=f"Planning: {OORDEEL}")
    oordeel_financien: Oordeel | None = Field(description=f"Financiën: {OORDEEL}")
    oordeel_risicos: Oordeel | None = Field(description=f"Risico's en kansen: {OORDEEL}")
    oordeel_communicatie: Oordeel | None = Field(description=f"Communicatie: {OORDEEL}")


class ActieRegel(ApiModel):
    """Een nog niet afgeronde actie bij een aanbeveling over de partij."""

    id: uuid.UUID = Field(description="De identificatie van de actie.")
    aanbeveling_id: uuid.UUID = Field(description="De aanbeveling waar de actie bij hoort.")
    aanbeveling_code: str = Field(description="De code van die aanbeveling, bijv. `A` of `7`.")
    omschrijving: str = Field(description="Wat er moet gebeuren.")
    eigenaar: str | None = Field(description="Wie de actie uitvoert.")
    planning: date | None = Field(description="De geplande datum.")
    planning_tekst: str | None = Field(description="De planning zoals geschreven, bijv. 'Q1 2022'.")
    status: ActieStatus = Field(
        description="De status van de actie, bijv. `open` of `in_uitvoering`."
    )
    achterstallig: bool = Field(description="De geplande datum is verstreken.")


class RisicoRegel(ApiModel):
    id: uuid.UUID = Field(description=RISICO_ID)
    omschrijving: str = Field(description=RISICO_OMSCHRIJVING)
    kans: int = Field(description=KANS)
    impact: int = Field(description=IMPACT)
    score: int = Field(description="Kans × impact, 1 tot en met 25.")
    financiele_omvang: Euro | None = Field(description="De financiële omvang in euro's.")
    status: RisicoStatus = Field(description="`open` of `beheerst`.")
    eigenaar: str | None = Field(description="Wie het risico bewaakt.")


class WgrRegel(ApiModel):
    document_jaar: int = Field(description="Het begrotingsjaar waarover het document gaat.")
    soort: DocumentSoort = Field(description="De soort Wgr-document.")
    uiterlijk: date = Field(description="De laatste dag waarop het document op tijd is.")
    ontvangen_op: date | None = Field(
        description="De eerste ontvangst van zo'n document; `null` als nog niet ontvangen."
    )
    status: WgrStatus = Field(description="`op_tijd`, `te_laat`, `verwacht` of `achterstallig`.")


class DashboardPartij(ApiModel):
    """Alles over één partij voor uw gemeente."""

    overzicht: DashboardRij = Field(description="De regel van de partij in het overzicht.")
    normen: list[NormReeks] = Field(description="De servicenormen met hun metingen.")
    begrotingen: list[BegrotingJaar] = Field(description="Nieuwste jaar eerst.")
    prognoseverloop: list[PrognoseVersie] = Field(
        description="Elke opgeslagen versie van de begroting van het huidige jaar, oudste eerst."
    )
    voortgangsrapportages: list[VoortgangRegel] = Field(description="Nieuwste halfjaar eerst.")
    acties: list[ActieRegel] = Field(
        description="Onafgeronde acties, vroegste geplande datum eerst."
    )
    risicos: list[RisicoRegel] = Field(description="Actuele risico's, grootste eerst.")
    wgr_termijnen: list[WgrRegel] = Field(
        description="De Wgr-kalender van de begrotingsjaren rond vandaag, op datum (leeg als de "
        "Wgr-begrotingscyclus niet geldt)."
    )
    kengetallen_rood: list[KengetalSignaal] = Field(
        description="De kengetallen (Iv3) van de partij waarvan de laatste waarde in categorie C "
        "valt volgens de signaalwaarden van uw gemeente; alle kengetallen: "
        "`/verbonden-partijen/{id}/kengetallen`."
    )

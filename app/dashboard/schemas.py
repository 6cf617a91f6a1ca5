"""The overview row: flat, in a fixed field order, every value a JSON scalar, so Power BI,
Grafana and Excel read it without transformation. The CSV and XLSX columns are these fields,
in this order, under these names."""

import uuid
from datetime import date
from decimal import Decimal
from typing import Annotated

from pydantic import Field

from app.begrotingen.deviations import Vergelijking
from app.core.schemas import AS_JSON_NUMBER, NUMBER_SCHEMA, ApiModel, Euro
from app.dashboard.rules import NormTrend, RondeStand, Wijziging
from app.verbonden_partijen.models import BbvCategorie, Rechtsvorm
from app.voortgang.content import Oordeel
from app.wgr.calendar import DocumentSoort

Getal = Annotated[Decimal, AS_JSON_NUMBER, NUMBER_SCHEMA]

LIGHT = (
    "volgens de laatste goedgekeurde voortgangsrapportage (`+` beter dan gepland, `=` op koers, "
    "`-` achter)"
)
CHANGE = (
    "tegen de goedgekeurde rapportage daarvoor: `verbeterd`, `gelijk` of `verslechterd` "
    "(`null`: een oordeel ontbreekt)"
)
SHARE = (
    "Aandeel van de in dat kwartaal gemeten normen dat werd gehaald, in procenten op één decimaal"
)
AFWIJKING = "(signalering uit seed 002), beoordeeld tegen de drempels van de gemeente"


class DashboardRij(ApiModel):
    """Eén partij van de gemeente in het overzicht."""

    verbonden_partij_id: uuid.UUID = Field(description="De identificatie van de verbonden partij.")
    naam: str = Field(description="De naam van de verbonden partij.")
    bbv_categorie: BbvCategorie = Field(
        description="De categorie volgens het BBV: gemeenschappelijke regeling, vennootschap, …"
    )
    rechtsvorm: Rechtsvorm = Field(description="De rechtsvorm van de partij.")
    monitoringsniveau: int = Field(description="1 intensief … 3 licht.")
    regievoerders: str | None = Field(
        description="De regievoerders van de gemeente voor de partij, op naam, gescheiden door "
        "'; '."
    )
    oordeel_periode: str | None = Field(
        description="Het halfjaar van de laatste GOEDGEKEURDE voortgangsrapportage (concepten, "
        "ingediende en teruggestuurde rapportages tellen niet); `null` zolang er geen is "
        "goedgekeurd."
    )
    oordeel_voortgang: Oordeel | None = Field(description=f"Voortgang {LIGHT}.")
    oordeel_inhoud: Oordeel | None = Field(description=f"Inhoud/scope {LIGHT}.")
    oordeel_planning: Oordeel | None = Field(description=f"Planning {LIGHT}.")
    oordeel_financien: Oordeel | None = Field(description=f"Financiën {LIGHT}.")
    oordeel_risicos: Oordeel | None = Field(description=f"Risico's en kansen {LIGHT}.")
    oordeel_communicatie: Oordeel | None = Field(description=f"Communicatie {LIGHT}.")
    vorig_oordeel_periode: str | None = Field(
        description="Het halfjaar van de goedgekeurde rapportage vóór de laatste."
    )
    wijziging_voortgang: Wijziging | None = Field(description=f"Voortgang {CHANGE}.")
    wijziging_inhoud: Wijziging | None = Field(description=f"Inhoud {CHANGE}.")
    wijziging_planning: Wijziging | None = Field(description=f"Planning {CHANGE}.")
    wijziging_financien: Wijziging | None = Field(description=f"Financiën {CHANGE}.")
    wijziging_risicos: Wijziging | None = Field(description=f"Risico's {CHANGE}.")
    wijziging_communicatie: Wijziging | None = Field(description=f"Communicatie {CHANGE}.")
    norm_periode: str | None = Field(
        description="Het laatste kalenderkwartaal (van de laatste twee jaar) waarin een norm van "
        "de partij is gemeten, bijv. `2026-Q3`. Per norm telt haar laatste actuele meting van "
        "een periode die in het kwartaal eindigt (laatste revisie van de rapportage), beoordeeld "
        "tegen de versie van de norm die in die periode gold."
    )
    normen_gemeten: int | None = Field(description="Normen gemeten in `normPeriode`.")
    normen_gehaald: int | None = Field(description="Daarvan de gehaalde normen (`gehaald`).")
    aandeel_normen_gehaald: Getal | None = Field(description=f"{SHARE}: `normPeriode`.")
    aandeel_normen_gehaald_1_kwartaal_eerder: Getal | None = Field(
        description=f"{SHARE}: het kwartaal vóór `normPeriode` (`null`: niets gemeten)."
    )
    aandeel_normen_gehaald_2_kwartalen_eerder: Getal | None = Field(
        description=f"{SHARE}: twee kwartalen vóór `normPeriode`."
    )
    aandeel_normen_gehaald_3_kwartalen_eerder: Getal | None = Field(
        description=f"{SHARE}: drie kwartalen vóór `normPeriode`."
    )
    norm_trend: NormTrend | None = Field(
        description="`aandeelNormenGehaald` tegen het gemiddelde van de drie kwartalen ervoor "
        "(die met een aandeel): meer dan 2,5 punt hoger `stijgend`, lager `dalend`, anders "
        "`gelijk`; `null` zonder eerder aandeel."
    )
    rapportages_op_tijd: bool | None = Field(
        description="Of de partner de perioden van elke norm die in het vorige en het huidige "
        "halfjaar eindigen op tijd rapporteerde (uiterlijk: de laatste dag van de periode plus "
        "de rapportagetermijn van de partij), zoals `GET …/tijdigheid?van=<vorige>&tot=<huidige>` "
        "oordeelt; `null` als de partij geen normen heeft."
    )
    aantal_te_laat: int = Field(
        description="Normperioden van dat venster die te laat binnenkwamen."
    )
    aantal_ontbrekend: int = Field(
        description="Normperioden van dat venster die niet binnenkwamen terwijl hun uiterste "
        "datum is verstreken."
    )
    begroting_jaar: int = Field(description="Het huidige kalenderjaar.")
    begroting_vergelijking: Vergelijking | None = Field(
        description="Welke vergelijking de afwijkingskolommen tonen: de verste met een saldo: "
        "`realisatie` (realisatie tegen de gewijzigde begroting), anders `prognose`, anders "
        "`wijziging` (de gewijzigde tegen de primitieve begroting); `null` zonder begroting."
    )
    afwijking_lasten: Euro | None = Field(description="Afwijking van de lasten, in euro's.")
    afwijking_lasten_percentage: Getal | None = Field(
        description="De afwijking van de lasten in procenten van de basis (`null` als de basis 0 "
        "is)."
    )
    afwijking_saldo: Euro | None = Field(
        description="Afwijking van het saldo (baten − lasten), in euro's; negatief: een tekort."
    )
    afwijking_saldo_percentage: Getal | None = Field(
        description="De afwijking van het saldo in procenten van de absolute waarde van de basis "
        "(`null` als de basis 0 is, zoals bij een sluitende begroting)."
    )
    eigen_aandeel_percentage: Getal | None = Field(
        description="Het aandeel van de gemeente in de begroting van de partij: haar bijdrage ÷ "
        "alle bijdragen van het jaar, anders haar verdeelsleutel."
    )
    eigen_aandeel_afwijking: Euro | None = Field(
        description="Het aandeel van de gemeente in `afwijkingSaldo` (negatief: haar bijdrage "
        "kan met dat bedrag stijgen)."
    )
    afwijking_begroting: bool | None = Field(
        description=f"Afwijking begroting {AFWIJKING}; `null` zonder begroting van `begrotingJaar`."
    )
    afwijking_investering: bool | None = Field(description=f"Afwijking investering {AFWIJKING}.")
    afwijking_exploitatie: bool | None = Field(description=f"Afwijking exploitatie {AFWIJKING}.")
    ronde_periode: str = Field(
        description="Het halfjaar van de laatste rapportageronde van de gemeente tot nu "
        "(zonder ronde: het huidige halfjaar)."
    )
    ronde_deadline: date | None = Field(
        description="De deadline van de ronde; `null` zonder ronde."
    )
    ronde_status: RondeStand = Field(
        description="De voortgangsrapportage van de partij voor `rondePeriode`: haar status, "
        "`ontbreekt` als er geen is, `niet_gevraagd` als de ronde het niveau van de partij "
        "niet vraagt."
    )
    ronde_te_laat: bool = Field(
        description="Ingediend na de deadline, of niet ingediend terwijl de deadline verstreek."
    )
    acties_open: int = Field(description="Onafgeronde acties van aanbevelingen over de partij.")
    acties_achterstallig: int = Field(
        description="Daarvan de acties waarvan de geplande datum is verstreken."
    )
    aantal_risicos: int = Field(
        description="De actuele risico's van de gemeente (niet `vervallen`)."
    )
    grootste_risico: str | None = Field(
        description="Het grootste: hoogste score, dan de grootste financiële omvang."
    )
    grootste_risico_score: int | None = Field(description="Kans × impact, 1 tot en met 25.")
    grootste_risico_financiele_omvang: Euro | None = Field(
        description="De financiële omvang van het grootste risico in euro's."
    )
    volgende_wgr_document: DocumentSoort | None = Field(
        description="Voor een gemeenschappelijke regeling met een eigen begroting: het volgende "
        "Wgr-document dat nog moet komen (uiterlijk vandaag of later)."
    )
    volgende_wgr_datum: date | None = Field(description="De uiterste datum daarvan.")
    wgr_achterstallig: int | None = Field(
        description="Wgr-documenten met een uiterste datum in het laatste jaar die niet zijn "
        "ontvangen; `null` als de Wgr-begrotingscyclus niet geldt."
    )
    kengetallen_rood: str | None = Field(
        description="De kengetallen uit de Iv3-leveringen van de partij waarvan de laatste "
        "waarde in categorie C (rood) valt volgens de signaalwaarden van de gemeente, elk als "
        "`<omschrijving> <waarde> % (<verslagperiode>)`, gescheiden door '; '; null als geen "
        "kengetal rood is. Alle kengetallen: `GET /verbonden-partijen/{id}/kengetallen`."
    )
    dossier_beoordelingen_verlopen: int = Field(
        description="Stukken uit het dossier van de partij die u ziet en waarvan de beoordeling "
        "is verlopen."
    )
    dossier_overdrachtsdocument: bool = Field(
        description="Uw gemeente houdt een overdrachtsdocument van de partij in haar dossier."
    )
    aandacht: bool = Field(description="Minstens één reden voor aandacht (zie `aandachtRedenen`).")
    aandacht_redenen: str | None = Field(
        description="Waarom, gescheiden door ', ': oordeel (een oordeel `-`), begroting (een "
        "signalering), normen (minder dan 80 % gehaald), tijdigheid (een rapportage van de "
        "partner te laat of ontbrekend), voortgangsrapportage (de rapportage van de ronde te "
        "laat of ontbrekend), acties (achterstallig), risico (grootste risico scoort 15 of "
        "meer), wgr (een Wgr-document achterstallig), kengetallen (een kengetal in categorie "
        "C), dossier (de beoordeling van een stuk verlopen, of geen overdrachtsdocument van uw "
        "gemeente bij een partij waarvoor zij een regievoerder heeft)."
    )

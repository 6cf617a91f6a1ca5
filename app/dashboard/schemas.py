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

LIGHT = "of the latest approved status report (`+` better than planned, `=` on course, `-` behind)"
CHANGE = (
    "against the approved report before it: verbeterd, gelijk or verslechterd "
    "(null: a rating is missing)"
)
SHARE = "Share of the norms measured in that quarter that were met, percent to one decimal"


class DashboardRij(ApiModel):
    """One party of the municipality on the overview."""

    verbonden_partij_id: uuid.UUID
    naam: str
    bbv_categorie: BbvCategorie
    rechtsvorm: Rechtsvorm
    monitoringsniveau: int = Field(description="1 intensive … 3 light.")
    regievoerders: str | None = Field(
        description="The municipality's regievoerders of the party, by name, joined with '; '."
    )
    oordeel_periode: str | None = Field(
        description="The half-year of the latest APPROVED status report (drafts, submitted and "
        "returned reports do not count); null when none was approved yet."
    )
    oordeel_voortgang: Oordeel | None = Field(description=f"Voortgang {LIGHT}.")
    oordeel_inhoud: Oordeel | None = Field(description=f"Inhoud/scope {LIGHT}.")
    oordeel_planning: Oordeel | None = Field(description=f"Planning {LIGHT}.")
    oordeel_financien: Oordeel | None = Field(description=f"Financiën {LIGHT}.")
    oordeel_risicos: Oordeel | None = Field(description=f"Risico's en kansen {LIGHT}.")
    oordeel_communicatie: Oordeel | None = Field(description=f"Communicatie {LIGHT}.")
    vorig_oordeel_periode: str | None = Field(
        description="The half-year of the approved report before the latest one."
    )
    wijziging_voortgang: Wijziging | None = Field(description=f"Voortgang {CHANGE}.")
    wijziging_inhoud: Wijziging | None = Field(description=f"Inhoud {CHANGE}.")
    wijziging_planning: Wijziging | None = Field(description=f"Planning {CHANGE}.")
    wijziging_financien: Wijziging | None = Field(description=f"Financiën {CHANGE}.")
    wijziging_risicos: Wijziging | None = Field(description=f"Risico's {CHANGE}.")
    wijziging_communicatie: Wijziging | None = Field(description=f"Communicatie {CHANGE}.")
    norm_periode: str | None = Field(
        description="The latest calendar quarter (of the last two years) in which a norm of the "
        "party was measured, e.g. `2026-Q3`. Per norm its latest current measurement of a "
        "period ending in the quarter counts (latest report revision), judged against the "
        "norm version in force in that period."
    )
    normen_gemeten: int | None = Field(description="Norms measured in `normPeriode`.")
    normen_gehaald: int | None = Field(description="Of those, the norms met (`gehaald`).")
    aandeel_normen_gehaald: Getal | None = Field(description=f"{SHARE}: `normPeriode`.")
    aandeel_normen_gehaald_1_kwartaal_eerder: Getal | None = Field(
        description=f"{SHARE}: the quarter before `normPeriode` (null: nothing measured)."
    )
    aandeel_normen_gehaald_2_kwartalen_eerder: Getal | None = Field(
        description=f"{SHARE}: two quarters before `normPeriode`."
    )
    aandeel_normen_gehaald_3_kwartalen_eerder: Getal | None = Field(
        description=f"{SHARE}: three quarters before `normPeriode`."
    )
    norm_trend: NormTrend | None = Field(
        description="`aandeelNormenGehaald` against the mean of the three quarters before it "
        "(those with a share): more than 2.5 points higher `stijgend`, lower `dalend`, else "
        "`gelijk`; null without an earlier share."
    )
    rapportages_op_tijd: bool | None = Field(
        description="Whether the partner reported every norm's periods ending in the previous "
        "and the current half-year on time (deadline: the period's last day plus the party's "
        "reporting term), as `GET …/tijdigheid?van=<previous>&tot=<current>` judges; null "
        "when the party has no norms."
    )
    aantal_te_laat: int = Field(description="Norm periods of that window received late.")
    aantal_ontbrekend: int = Field(
        description="Norm periods of that window not received while their deadline has passed."
    )
    begroting_jaar: int = Field(description="The current calendar year.")
    begroting_vergelijking: Vergelijking | None = Field(
        description="Which comparison the deviation columns show: the most advanced one with a "
        "balance: `realisatie` (actuals against the amended budget), else `prognose`, else "
        "`wijziging` (the amended against the original budget); null without a budget."
    )
    afwijking_lasten: Euro | None = Field(description="Deviation of the costs, in euros.")
    afwijking_lasten_percentage: Getal | None = Field(
        description="The costs' deviation in percent of the base (null when the base is 0)."
    )
    afwijking_saldo: Euro | None = Field(
        description="Deviation of the balance (baten − lasten), in euros; negative: a shortfall."
    )
    afwijking_saldo_percentage: Getal | None = Field(
        description="The balance's deviation in percent of the base's absolute value (null when "
        "the base is 0, as for a balanced budget)."
    )
    eigen_aandeel_percentage: Getal | None = Field(
        description="The municipality's share in the party's budget: its contribution ÷ all "
        "contributions of the year, else its verdeelsleutel."
    )
    eigen_aandeel_afwijking: Euro | None = Field(
        description="The municipality's share of `afwijkingSaldo` (negative: its contribution "
        "may rise by that amount)."
    )
    afwijking_begroting: bool | None = Field(
        description="Deviation flag (seed 002), judged against the municipality's thresholds; "
        "null without a budget of `begrotingJaar`."
    )
    afwijking_investering: bool | None = Field(description="Deviation flag: investments.")
    afwijking_exploitatie: bool | None = Field(description="Deviation flag: operating result.")
    ronde_periode: str = Field(
        description="The half-year of the municipality's latest reporting round up to now "
        "(without a round: the current half-year)."
    )
    ronde_deadline: date | None = Field(description="The round's deadline; null without a round.")
    ronde_status: RondeStand = Field(
        description="The party's status report for `rondePeriode`: its status, `ontbreekt` when "
        "there is none, `niet_gevraagd` when the round does not ask the party's tier."
    )
    ronde_te_laat: bool = Field(
        description="Submitted after the deadline, or not submitted while the deadline passed."
    )
    acties_open: int = Field(description="Unfinished actions of recommendations on the party.")
    acties_achterstallig: int = Field(description="Of those, the ones past their planned date.")
    aantal_risicos: int = Field(description="The municipality's current risks (not vervallen).")
    grootste_risico: str | None = Field(
        description="The largest: highest score, then the largest financial exposure."
    )
    grootste_risico_score: int | None = Field(description="Likelihood × impact, 1 to 25.")
    grootste_risico_financiele_omvang: Euro | None
    volgende_wgr_document: DocumentSoort | None = Field(
        description="For a gemeenschappelijke regeling with its own budget: the next Wgr document "
        "still to arrive (due today or later)."
    )
    volgende_wgr_datum: date | None = Field(description="Its due date.")
    wgr_achterstallig: int | None = Field(
        description="Wgr documents due in the last year that have not arrived; null when the "
        "Wgr budget cycle does not apply."
    )
    kengetallen_rood: str | None = Field(
        description="De kengetallen uit de Iv3-leveringen van de partij waarvan de laatste "
        "waarde in categorie C (rood) valt volgens de signaalwaarden van de gemeente, elk als "
        "`<omschrijving> <waarde> % (<verslagperiode>)`, gescheiden door '; '; null als geen "
        "kengetal rood is. Alle kengetallen: `GET /verbonden-partijen/{id}/kengetallen`."
    )
    aandacht: bool = Field(description="At least one reason for attention (see `aandachtRedenen`).")
    aandacht_redenen: str | None = Field(
        description="Why, joined with ', ': oordeel (a `-` rating), begroting (a deviation "
        "flag), normen (under 80 % met), tijdigheid (a partner report late or missing), "
        "voortgangsrapportage (the round's status report late or missing), acties (overdue), "
        "risico (largest risk scores 15 or more), wgr (a Wgr document overdue), kengetallen (a "
        "key ratio in category C)."
    )

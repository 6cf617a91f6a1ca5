"""One overview row per party from the column groups' rows. Pure: no database."""

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.core.periods import Periode
from app.dashboard import attention
from app.dashboard.queries.acties import ActieTelling
from app.dashboard.queries.begroting import BegrotingRegel
from app.dashboard.queries.normen import KwartaalScore, first_day_of_quarter
from app.dashboard.queries.oordelen import Beoordelingen
from app.dashboard.queries.partijen import Partij
from app.dashboard.queries.regievoerders import Regievoerder
from app.dashboard.queries.risicos import GrootsteRisico
from app.dashboard.queries.ronde import Ronde, RondeRapport
from app.dashboard.rules import (
    aandeel_gehaald,
    begroting_stand,
    norm_trend,
    ronde_stand,
    wgr_stand,
    wijziging,
)
from app.dashboard.schemas import DashboardRij
from app.dashboard.timeliness import TijdigheidTelling
from app.iv3.schemas import KengetalSignaal
from app.risicos.scoring import score
from app.verbonden_partijen.models import BbvCategorie
from app.voortgang.content import ASPECTEN, Oordeel
from app.wgr.calendar import DocumentSoort, MaandDag, Moment
from app.wgr.models import OWN_BUDGET_FORMS

NO_ACTIONS = ActieTelling(0, 0)
FIELDS = tuple(DashboardRij.model_fields)
NO_RATINGS: tuple[None, ...] = (None,) * len(ASPECTEN)


@dataclass(frozen=True)
class Groepen:
    """Every column group's rows for the parties in scope."""

    today: date
    regievoerders: Mapping[uuid.UUID, list[Regievoerder]]
    oordelen: Mapping[uuid.UUID, Beoordelingen]
    ronde: Ronde
    ronde_rapporten: Mapping[uuid.UUID, RondeRapport]
    normen: Mapping[uuid.UUID, Mapping[int, KwartaalScore]]
    tijdigheid: Mapping[uuid.UUID, TijdigheidTelling]
    begrotingen: Mapping[uuid.UUID, BegrotingRegel]
    acties: Mapping[uuid.UUID, ActieTelling]
    risicos: Mapping[uuid.UUID, GrootsteRisico]
    wgr_eigen: Mapping[uuid.UUID, dict[Moment, MaandDag]]
    wgr_ontvangen: Mapping[uuid.UUID, dict[tuple[DocumentSoort, int], date]]
    kengetallen_rood: Mapping[uuid.UUID, list[KengetalSignaal]]


def _ratings(found: Beoordelingen | None) -> dict[str, Any]:
    latest = found.laatste.oordelen if found else NO_RATINGS
    before = found.vorige.oordelen if found and found.vorige else NO_RATINGS
    values: dict[str, Any] = {
        "oordeel_periode": found.laatste.periode if found else None,
        "vorig_oordeel_periode": found.vorige.periode if found and found.vorige else None,
    }
    for aspect, nu, voor in zip(ASPECTEN, latest, before, strict=True):
        values[f"oordeel_{aspect}"] = nu
        values[f"wijziging_{aspect}"] = wijziging(nu, voor)
    return values


def _norms(scores: Mapping[int, KwartaalScore] | None) -> dict[str, Any]:
    if not scores:
        return {"norm_periode": None, "normen_gemeten": None, "normen_gehaald": None}
    latest = max(scores)
    shares = []
    for kwartaal in (latest, latest - 1, latest - 2, latest - 3):
        found = scores.get(kwartaal)
        shares.append(aandeel_gehaald(found.gehaald, found.gemeten) if found else None)
    return {
        "norm_periode": str(Periode(first_day_of_quarter(latest), 3)),
        "normen_gemeten": scores[latest].gemeten,
        "normen_gehaald": scores[latest].gehaald,
        "aandeel_normen_gehaald": shares[0],
        "aandeel_normen_gehaald_1_kwartaal_eerder": shares[1],
        "aandeel_normen_gehaald_2_kwartalen_eerder": shares[2],
        "aandeel_normen_gehaald_3_kwartalen_eerder": shares[3],
        "norm_trend": norm_trend(shares[0], shares[1:]),
    }


def _budget(partij: Partij, regel: BegrotingRegel | None) -> dict[str, Any]:
    if regel is None:
        return {}
    stand = begroting_stand(
        regel.cijfers,
        regel.drempels,
        regel.eigen_bijdrage,
        regel.totaal_bijdragen,
        partij.verdeelsleutel,
    )
    return {
        "begroting_vergelijking": stand.vergelijking,
        "afwijking_lasten": stand.lasten.bedrag if stand.lasten else None,
        "afwijking_lasten_percentage": stand.lasten.percentage if stand.lasten else None,
        "afwijking_saldo": stand.saldo.bedrag if stand.saldo else None,
        "afwijking_saldo_percentage": stand.saldo.percentage if stand.saldo else None,
        "eigen_aandeel_percentage": stand.eigen.percentage if stand.eigen else None,
        "eigen_aandeel_afwijking": stand.eigen_afwijking,
        "afwijking_begroting": stand.signalen.afwijking_begroting,
        "afwijking_investering": stand.signalen.afwijking_investering,
        "afwijking_exploitatie": stand.signalen.afwijking_exploitatie,
    }


def _round(partij: Partij, groepen: Groepen) -> dict[str, Any]:
    ronde, report = groepen.ronde, groepen.ronde_rapporten.get(partij.id)
    asked = ronde.monitoringsniveaus is None or partij.monitoringsniveau in ronde.monitoringsniveaus
    uitslag = ronde_stand(
        report.status if report else None,
        report.telaat if report else False,
        report.ingediend_op if report else None,
        asked,
        ronde.deadline,
        groepen.today,
    )
    return {
        "ronde_periode": ronde.periode,
        "ronde_deadline": ronde.deadline,
        "ronde_status": uitslag.stand,
        "ronde_te_laat": uitslag.te_laat,
    }


def _risk(found: GrootsteRisico | None) -> dict[str, Any]:
    if found is None:
        return {"aantal_risicos": 0}
    return {
        "aantal_risicos": found.aantal,
        "grootste_risico": found.omschrijving,
        "grootste_risico_score": score(found.kans, found.impact),
        "grootste_risico_financiele_omvang": found.financiele_omvang,
    }


def _wgr(partij: Partij, groepen: Groepen) -> dict[str, Any]:
    bound = (
        partij.bbv_categorie is BbvCategorie.GEMEENSCHAPPELIJKE_REGELING
        and partij.rechtsvorm in OWN_BUDGET_FORMS
    )
    if not bound:
        return {}
    stand = wgr_stand(
        groepen.wgr_eigen.get(partij.id, {}),
        groepen.wgr_ontvangen.get(partij.id, {}),
        groepen.today,
    )
    return {
        "volgende_wgr_document": stand.volgende_soort,
        "volgende_wgr_datum": stand.volgende_datum,
        "wgr_achterstallig": stand.achterstallig,
    }


def _red_ratios(found: list[KengetalSignaal] | None) -> dict[str, Any]:
    if not found:
        return {}
    parts = [
        f"{signaal.omschrijving} {_comma(signaal.waarde)} % ({signaal.verslagperiode})"
        for signaal in found
    ]
    return {"kengetallen_rood": "; ".join(parts)}


def _comma(waarde: object) -> str:
    return "onbekend" if waarde is None else str(waarde).replace(".", ",")


def _attention(values: dict[str, Any]) -> dict[str, Any]:
    signals = attention.Signalen(
        oordeel_min=any(values[f"oordeel_{aspect}"] is Oordeel.ACHTER for aspect in ASPECTEN),
        begroting_signaal=any(
            values.get(flag) is True
            for flag in ("afwijking_begroting", "afwijking_investering", "afwijking_exploitatie")
        ),
        aandeel_normen_gehaald=values.get("aandeel_normen_gehaald"),
        te_laat_of_ontbrekend=values["aantal_te_laat"] + values["aantal_ontbrekend"],
        ronde_te_laat=values["ronde_te_laat"],
        acties_achterstallig=values["acties_achterstallig"],
        risico_score=values.get("grootste_risico_score"),
        wgr_achterstallig=values.get("wgr_achterstallig") or 0,
        kengetallen_rood=len(values["kengetallen_rood"].split("; "))
        if values.get("kengetallen_rood")
        else 0,
    )
    reasons = attention.redenen(signals)
    return {
        "aandacht": bool(reasons),
        "aandacht_redenen": ", ".join(reasons) if reasons else None,
    }


def overview_row(partij: Partij, groepen: Groepen) -> DashboardRij:
    """The party's row: every column group's values, then the attention rule over them."""
    timeliness = groepen.tijdigheid.get(partij.id)
    actions = groepen.acties.get(partij.id, NO_ACTIONS)
    names = [regievoerder.naam for regievoerder in groepen.regievoerders.get(partij.id, [])]
    values: dict[str, Any] = {
        "verbonden_partij_id": partij.id,
        "naam": partij.naam,
        "bbv_categorie": partij.bbv_categorie,
        "rechtsvorm": partij.rechtsvorm,
        "monitoringsniveau": partij.monitoringsniveau,
        "regievoerders": "; ".join(names) if names else None,
        **_ratings(groepen.oordelen.get(partij.id)),
        **_norms(groepen.normen.get(partij.id)),
        "rapportages_op_tijd": None
        if timeliness is None
        else timeliness.te_laat == 0 and timeliness.ontbrekend == 0,
        "aantal_te_laat": timeliness.te_laat if timeliness else 0,
        "aantal_ontbrekend": timeliness.ontbrekend if timeliness else 0,
        "begroting_jaar": groepen.today.year,
        **_budget(partij, groepen.begrotingen.get(partij.id)),
        **_round(partij, groepen),
        "acties_open": actions.open,
        "acties_achterstallig": actions.achterstallig,
        **_risk(groepen.risicos.get(partij.id)),
        **_wgr(partij, groepen),
        **_red_ratios(groepen.kengetallen_rood.get(partij.id)),
    }
    values.update(_attention(values))
    # The values are already of the fields' types (a test holds the rows to a validated
    # copy): built without validating each row, the hot path of every recomputation.
    row: dict[str, Any] = {name: values.get(name) for name in FIELDS}
    return DashboardRij.model_construct(**row)

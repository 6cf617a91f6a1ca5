"""From the domains' read models to the report's building blocks. Pure: no database.

Each function turns one thing another domain answers (a submitted report's content, a norm's
series, a budget year, an overdue action) into the dataclasses of `document.py`.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from app.begrotingen.deviations import afwijkingen
from app.begrotingen.models import Begroting as BegrotingModel
from app.begrotingen.summaries import cijfers_of
from app.mt_rapport.document import (
    Actie,
    Afwijking,
    Afwijkingen,
    Aspect,
    Aspecten,
    Begroting,
    Normpunt,
    Normreeks,
    Oordeel,
    Uitkomst,
)
from app.rapportages.series import Reeks
from app.servicenormen.models import Richting
from app.servicenormen.outcomes import version_at
from app.verbeterplan.summaries import AchterstalligePlanActie
from app.voortgang import schemas as voortgang


@dataclass(frozen=True)
class Inhoud:
    """What a party page shows of the status report itself."""

    aspecten: Aspecten = field(default_factory=Aspecten)
    afwijkingen: Afwijkingen = field(default_factory=Afwijkingen)
    dienstverlening: str | None = None
    tevredenheid: Decimal | None = None
    portefeuillehouder: str | None = None
    projectfase: str | None = None
    besluitvorming: str | None = None
    overige_informatie: str | None = None


def _aspect(aspect: voortgang.Aspect) -> Aspect:
    oordeel = Oordeel(aspect.oordeel.value) if aspect.oordeel is not None else None
    return Aspect(oordeel, aspect.toelichting)


def _afwijking(afwijking: voortgang.Afwijking) -> Afwijking:
    return Afwijking(afwijking.afwijking, afwijking.toelichting)


def inhoud(ingediend: voortgang.RapportageInhoud | None) -> Inhoud:
    """The ratings, flags, service delivery, satisfaction and the form's free fields of what
    was submitted to the MT; nothing of a draft that never was."""
    if ingediend is None:
        return Inhoud()
    a = ingediend.aspecten
    return Inhoud(
        aspecten=Aspecten(
            voortgang=_aspect(a.voortgang),
            inhoud=_aspect(a.inhoud),
            planning=_aspect(a.planning),
            financien=_aspect(a.financien),
            risicos=_aspect(a.risicos),
            communicatie=_aspect(a.communicatie),
        ),
        afwijkingen=Afwijkingen(
            begroting=_afwijking(ingediend.afwijking_begroting),
            investering=_afwijking(ingediend.afwijking_investering),
            exploitatie=_afwijking(ingediend.afwijking_exploitatie),
            totaalplanning=_afwijking(ingediend.afwijking_totaalplanning),
        ),
        dienstverlening=ingediend.dienstverlening,
        tevredenheid=ingediend.tevredenheid,
        portefeuillehouder=ingediend.portefeuillehouder,
        projectfase=ingediend.projectfase,
        besluitvorming=ingediend.besluitvorming,
        overige_informatie=ingediend.overige_informatie,
    )


def normreeks(reeks: Reeks, peildatum: date) -> Normreeks:
    """A norm's series with the target and direction of the version in force on `peildatum`
    (the half-year's last day); a measurement no version judges is left out."""
    norm = reeks.norm
    versie = version_at(norm.versies, peildatum) or (norm.versies[-1] if norm.versies else None)
    return Normreeks(
        code=norm.code,
        naam=norm.naam,
        eenheid=norm.eenheid.value,
        doelwaarde=versie.doelwaarde if versie else None,
        punten=[
            Normpunt(str(punt.periode), punt.waarde, Uitkomst(punt.uitkomst.value))
            for punt in reeks.punten
            if punt.uitkomst is not None
        ],
        hoger_is_beter=versie is None or versie.richting is Richting.hoger_is_beter,
    )


def begroting(model: BegrotingModel) -> Begroting:
    """A budget year's costs, and the deviation of the latest of actuals or forecast against
    the amended budget (the original when not amended)."""
    gevonden = afwijkingen(cijfers_of(model))
    laatste = gevonden.realisatie or gevonden.prognose
    lasten = laatste.lasten if laatste else None
    return Begroting(
        jaar=model.jaar,
        primitief=model.primitief_lasten,
        na_wijziging=model.na_wijziging_lasten,
        prognose=model.prognose_lasten,
        realisatie=model.realisatie_lasten,
        afwijking=lasten.bedrag if lasten else None,
        afwijking_percentage=lasten.percentage if lasten else None,
    )


def actie(plan_actie: AchterstalligePlanActie) -> Actie:
    """An overdue action with its recommendation (`C. Verbeter de beheersstructuur …`) and the
    parties that recommendation is about."""
    partijen: Sequence[str] = [partij.naam for partij in plan_actie.verbonden_partijen]
    return Actie(
        aanbeveling=f"{plan_actie.aanbeveling_code}. {plan_actie.aanbeveling_tekst}",
        omschrijving=plan_actie.omschrijving,
        wie=plan_actie.eigenaar,
        planning=plan_actie.planning,
        verbonden_partij=", ".join(partijen) or None,
    )

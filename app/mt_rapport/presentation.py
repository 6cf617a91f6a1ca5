"""What the pages show, derived from the document: pure selections and counts for the templates."""

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from app.mt_rapport.document import (
    Actie,
    Afwijking,
    Aspect,
    MtRapport,
    Normreeks,
    PartijPagina,
    RapportStatus,
    Uitkomst,
)
from app.mt_rapport.formatting import ASPECT_LABEL, STATUS_LABEL

# What fits on one party page beside the ratings; the rest is named, not drawn.
NORMEN_PER_PAGINA = 4
PUNTEN_PER_NORM = 8
ACTIES_PER_PAGINA = 3

_ERNST = {Uitkomst.NIET_GEHAALD: 0, Uitkomst.AANDACHT: 1, Uitkomst.GEHAALD: 2}


@dataclass(frozen=True)
class Normscore:
    """How many norms were met in their latest measured period."""

    gehaald: int
    gemeten: int


@dataclass(frozen=True)
class Selectie:
    """The norms drawn on a party page and the codes of those left out."""

    getoond: list[Normreeks]
    weggelaten: list[str]


def heeft_oordelen(partij: PartijPagina) -> bool:
    """Whether the page shows a report's content: only what was submitted to the MT (a draft
    that was never submitted shows its state, not its ratings)."""
    return partij.status not in (RapportStatus.CONCEPT, RapportStatus.ONTBREEKT)


def aspecten(partij: PartijPagina) -> list[tuple[str, Aspect]]:
    """The six aspects with their Dutch names, in report order."""
    return [(label, getattr(partij.aspecten, naam)) for naam, label in ASPECT_LABEL.items()]


def afwijkingen(partij: PartijPagina) -> list[tuple[str, Afwijking]]:
    a = partij.afwijkingen
    return [
        ("Begroting", a.begroting),
        ("Investering", a.investering),
        ("Exploitatie", a.exploitatie),
        ("Totaalplanning", a.totaalplanning),
    ]


def afwijkingen_ja(partij: PartijPagina) -> list[str]:
    """The deviation flags answered Ja."""
    return [naam for naam, afwijking in afwijkingen(partij) if afwijking.afwijking]


def afwijking_samenvatting(partij: PartijPagina) -> str:
    """`Ja: B, E` (begroting, exploitatie; T totaalplanning), `Nee`, or `niet ingevuld` when a
    flag is unanswered; `–` while the report is not submitted."""
    if not heeft_oordelen(partij):
        return "–"
    if ja := afwijkingen_ja(partij):
        return "Ja: " + ", ".join(naam[0] for naam in ja)
    if any(afwijking.afwijking is None for _, afwijking in afwijkingen(partij)):
        return "niet ingevuld"
    return "Nee"


def normscore(partij: PartijPagina) -> Normscore:
    laatste = [reeks.punten[-1].uitkomst for reeks in partij.normen if reeks.punten]
    return Normscore(sum(u is Uitkomst.GEHAALD for u in laatste), len(laatste))


def _ernst(reeks: Normreeks) -> int:
    return _ERNST[reeks.punten[-1].uitkomst] if reeks.punten else 3


def normen_voor_pagina(normen: Sequence[Normreeks]) -> Selectie:
    """The norms to draw: the worst latest outcome first, otherwise in the given order."""
    volgorde = sorted(normen, key=_ernst)  # stable: ties keep the given order
    getoond = volgorde[:NORMEN_PER_PAGINA]
    weggelaten = [reeks.code for reeks in volgorde[NORMEN_PER_PAGINA:]]
    return Selectie(getoond, weggelaten)


def acties_voor_pagina(acties: Sequence[Actie]) -> list[Actie]:
    """The longest overdue actions first."""
    return sorted(acties, key=lambda actie: actie.planning)[:ACTIES_PER_PAGINA]


def statustelling(rapport: MtRapport) -> list[tuple[str, int]]:
    """How many parties' reports stand where, in workflow order, leaving out zero counts."""
    telling = Counter(partij.status for partij in rapport.partijen)
    return [(STATUS_LABEL[status], telling[status]) for status in RapportStatus if telling[status]]


def aantal_te_laat(rapport: MtRapport) -> int:
    return sum(partij.te_laat for partij in rapport.partijen)


@dataclass(frozen=True)
class Dichtheid:
    """How densely the overview is set: a CSS class, and how long a party's name may be."""

    klasse: str
    tot_en_met: int  # parties
    naamlengte: int


# Up to 40 parties fit one page; names are cut so that rows stay three, two or one line high.
DICHTHEDEN = (
    Dichtheid("ruim", 12, 64),
    Dichtheid("normaal", 18, 52),
    Dichtheid("compact", 26, 36),
    Dichtheid("dicht", 40, 38),
)


def dichtheid(rapport: MtRapport) -> Dichtheid:
    """The overview's density for the number of parties; beyond 40 the table runs on."""
    aantal = len(rapport.partijen)
    return next((d for d in DICHTHEDEN if aantal <= d.tot_en_met), DICHTHEDEN[-1])

"""The legal calendar of a gemeenschappelijke regeling's financial year. No database.

For financial year J the Wgr (as amended from 1 July 2022; defaults — verify against
wetten.overheid.nl, and set the regeling's own dates where it has them) asks:

| document of year J | to | last day on time | article |
|---|---|---|---|
| kaders (financial and policy frameworks) | councils | 30 April J−1 | Wgr art. 34b |
| ontwerpbegroting (draft budget) | councils | 12 weeks before the board adopts | Wgr art. 34 |
| begroting (adopted budget) | the province (GS) | 14 September J−1 | Wgr art. 34 |
| voorlopige jaarrekening (provisional accounts) | councils | 30 April J+1 | Wgr art. 34b |
| jaarrekening (adopted accounts) | the province (GS) | 14 July J+1 | Wgr art. 34a |

The board's adoption of the budget (`vaststelling_begroting`) is no legal date: by default
1 July J−1, the usual meeting before the summer; a regeling sets its own. The councils'
zienswijze on the draft is due 12 weeks after they received it (Wgr art. 35); before receipt,
12 weeks after the draft's due date.

Every row is about documents *of year J*, so a received document (`soort`, `jaar`) matches
exactly one row of exactly one year's calendar.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

ONTWERP_VOORLOOP = timedelta(weeks=12)
ZIENSWIJZE_TERMIJN = timedelta(weeks=12)


class DocumentSoort(StrEnum):
    KADERS = "kaders"
    ONTWERPBEGROTING = "ontwerpbegroting"
    BEGROTING = "begroting"
    BEGROTINGSWIJZIGING = "begrotingswijziging"
    VOORLOPIGE_JAARREKENING = "voorlopige_jaarrekening"
    JAARREKENING = "jaarrekening"


class Moment(StrEnum):
    """De datums die een regeling zelf mag vaststellen (in plaats van de standaarddatums)."""

    KADERS = "kaders"
    ONTWERPBEGROTING = "ontwerpbegroting"
    VASTSTELLING_BEGROTING = "vaststelling_begroting"
    BEGROTING = "begroting"
    VOORLOPIGE_JAARREKENING = "voorlopige_jaarrekening"
    JAARREKENING = "jaarrekening"


class Bron(StrEnum):
    WET = "wet"  # the default of the law
    REGELING = "regeling"  # the regeling's own date
    AFGELEID = "afgeleid"  # derived: 12 weeks before the board adopts the budget


class Status(StrEnum):
    OP_TIJD = "op_tijd"  # received on or before the due date
    TE_LAAT = "te_laat"  # received after the due date
    VERWACHT = "verwacht"  # not received, not yet due
    ACHTERSTALLIG = "achterstallig"  # not received and overdue


@dataclass(frozen=True)
class MaandDag:
    maand: int
    dag: int

    def in_jaar(self, jaar: int) -> date:
        return date(jaar, self.maand, self.dag)


@dataclass(frozen=True)
class Standaard:
    datum: MaandDag
    grondslag: str


# The calendar year of each moment, relative to financial year J.
JAAR_VERSCHIL: dict[Moment, int] = {
    Moment.KADERS: -1,
    Moment.ONTWERPBEGROTING: -1,
    Moment.VASTSTELLING_BEGROTING: -1,
    Moment.BEGROTING: -1,
    Moment.VOORLOPIGE_JAARREKENING: 1,
    Moment.JAARREKENING: 1,
}
# The law's dates; the draft budget's date is derived from the board's adoption instead.
DEFAULTS: dict[Moment, Standaard] = {
    Moment.KADERS: Standaard(MaandDag(4, 30), "Wgr art. 34b"),
    Moment.VASTSTELLING_BEGROTING: Standaard(
        MaandDag(7, 1), "gebruikelijke vergadering algemeen bestuur (geen wettelijke datum)"
    ),
    Moment.BEGROTING: Standaard(MaandDag(9, 14), "Wgr art. 34 (vóór 15 september)"),
    Moment.VOORLOPIGE_JAARREKENING: Standaard(MaandDag(4, 30), "Wgr art. 34b"),
    Moment.JAARREKENING: Standaard(MaandDag(7, 14), "Wgr art. 34a (vóór 15 juli)"),
}
ONTWERP_GRONDSLAG = "Wgr art. 34: 12 weken vóór vaststelling door het algemeen bestuur"
ZIENSWIJZE_GRONDSLAG = "Wgr art. 35: 12 weken na ontvangst van de ontwerpbegroting"
REGELING_GRONDSLAG = "eigen termijn van de regeling"
CALENDAR_DOCUMENTS = (
    DocumentSoort.KADERS,
    DocumentSoort.ONTWERPBEGROTING,
    DocumentSoort.BEGROTING,
    DocumentSoort.VOORLOPIGE_JAARREKENING,
    DocumentSoort.JAARREKENING,
)


@dataclass(frozen=True)
class Termijn:
    soort: DocumentSoort
    uiterlijk: date
    bron: Bron
    grondslag: str


@dataclass(frozen=True)
class Datum:
    datum: date
    bron: Bron
    grondslag: str


def _date(moment: Moment, jaar: int, eigen: Mapping[Moment, MaandDag]) -> Datum | None:
    """A moment's date in year J's cycle: the regeling's own, else the law's (if it has one)."""
    calendar_year = jaar + JAAR_VERSCHIL[moment]
    if moment in eigen:
        return Datum(eigen[moment].in_jaar(calendar_year), Bron.REGELING, REGELING_GRONDSLAG)
    if moment in DEFAULTS:
        standaard = DEFAULTS[moment]
        return Datum(standaard.datum.in_jaar(calendar_year), Bron.WET, standaard.grondslag)
    return None


def vaststelling(jaar: int, eigen: Mapping[Moment, MaandDag]) -> date:
    """When the board adopts the budget of year J (the regeling's date or 1 July J−1)."""
    adopted = _date(Moment.VASTSTELLING_BEGROTING, jaar, eigen)
    return adopted.datum if adopted else date(jaar - 1, 7, 1)


def termijnen(jaar: int, eigen: Mapping[Moment, MaandDag]) -> list[Termijn]:
    """The due dates of the documents of financial year J, in the order they fall due."""
    rows = []
    for soort in CALENDAR_DOCUMENTS:
        found = _date(Moment(soort.value), jaar, eigen)
        if found is None:  # the draft budget, unless the regeling fixes its date
            due = vaststelling(jaar, eigen) - ONTWERP_VOORLOOP
            found = Datum(due, Bron.AFGELEID, ONTWERP_GRONDSLAG)
        rows.append(Termijn(soort, found.datum, found.bron, found.grondslag))
    return sorted(rows, key=lambda row: row.uiterlijk)


def status(uiterlijk: date, ontvangen_op: date | None, vandaag: date) -> Status:
    if ontvangen_op is not None:
        return Status.OP_TIJD if ontvangen_op <= uiterlijk else Status.TE_LAAT
    return Status.VERWACHT if vandaag <= uiterlijk else Status.ACHTERSTALLIG


@dataclass(frozen=True)
class Zienswijze:
    uiterlijk: date
    voorlopig: bool  # True while the draft has not been received: counted from its due date
    vaststelling: date  # the board's adoption date, for comparison
    grondslag: str = ZIENSWIJZE_GRONDSLAG

    @property
    def na_vaststelling(self) -> bool:
        """The window ends after the board means to adopt: the board must wait for the view,
        or the view comes too late to matter."""
        return self.uiterlijk > self.vaststelling


def zienswijze(ontwerp_uiterlijk: date, ontvangen_op: date | None, vastgesteld: date) -> Zienswijze:
    """By when the councils' view on the draft budget is due: 12 weeks after receipt."""
    start = ontvangen_op or ontwerp_uiterlijk
    return Zienswijze(start + ZIENSWIJZE_TERMIJN, ontvangen_op is None, vastgesteld)


def valid_month_day(maand: int, dag: int) -> bool:
    """A date that exists every year (29 February does not)."""
    try:
        date(2001, maand, dag)
    except ValueError:
        return False
    return True

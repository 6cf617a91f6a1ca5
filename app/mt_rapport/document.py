"""What the MT report says, independent of the database: filled by an assembler, rendered here.

Plain frozen dataclasses with Dutch domain names. Periods are their API text (`2026-H1`,
`2026-Q3`), money and measured values exact `Decimal`s, optional facts `None` ("geen
gegevens"). Sequences may be lists or tuples.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum


class Oordeel(StrEnum):
    """A status report's rating of one aspect, on the scale of the source documents."""

    BETER = "+"  # better than planned
    OP_KOERS = "="  # on course
    ACHTER = "-"  # behind, needs attention


class RapportStatus(StrEnum):
    """Where the party's status report for the round stands."""

    GOEDGEKEURD = "goedgekeurd"
    INGEDIEND = "ingediend"
    TERUGGESTUURD = "teruggestuurd"
    CONCEPT = "concept"
    ONTBREEKT = "ontbreekt"


class Uitkomst(StrEnum):
    """A measurement against its norm: met, within the tolerance band, or missed."""

    GEHAALD = "gehaald"
    AANDACHT = "aandacht"
    NIET_GEHAALD = "niet_gehaald"


@dataclass(frozen=True)
class Aspect:
    """One rated aspect: the rating (None: not rated) and its explanation."""

    oordeel: Oordeel | None = None
    toelichting: str | None = None


@dataclass(frozen=True)
class Aspecten:
    """The six aspects of a status report, in the order the report shows them."""

    voortgang: Aspect = field(default_factory=Aspect)
    inhoud: Aspect = field(default_factory=Aspect)
    planning: Aspect = field(default_factory=Aspect)
    financien: Aspect = field(default_factory=Aspect)
    risicos: Aspect = field(default_factory=Aspect)
    communicatie: Aspect = field(default_factory=Aspect)


@dataclass(frozen=True)
class Afwijking:
    """A deviation flag: Ja (True), Nee (False) or not answered (None), with its explanation."""

    afwijking: bool | None = None
    toelichting: str | None = None


@dataclass(frozen=True)
class Afwijkingen:
    begroting: Afwijking = field(default_factory=Afwijking)
    investering: Afwijking = field(default_factory=Afwijking)
    exploitatie: Afwijking = field(default_factory=Afwijking)
    totaalplanning: Afwijking = field(default_factory=Afwijking)


@dataclass(frozen=True)
class Normpunt:
    """One period's measurement of a norm and its outcome."""

    periode: str
    waarde: Decimal
    uitkomst: Uitkomst


@dataclass(frozen=True)
class Normreeks:
    """A service norm and its measurements, oldest period first.

    `eenheid` is the norm's unit as the API spells it (percentage, dagen, uren, aantal, euro,
    score); `hoger_is_beter` is its direction.
    """

    code: str
    naam: str
    eenheid: str
    doelwaarde: Decimal | None
    punten: Sequence[Normpunt] = ()
    hoger_is_beter: bool = True


@dataclass(frozen=True)
class Begroting:
    """The party's costs (lasten) of one year, as far as known.

    `afwijking` and `afwijking_percentage` are the deviation as the budgets domain computes
    it (the latest of realisatie or prognose against the amended budget); positive = more
    costs than budgeted.
    """

    jaar: int
    primitief: Decimal | None = None
    na_wijziging: Decimal | None = None
    prognose: Decimal | None = None
    realisatie: Decimal | None = None
    afwijking: Decimal | None = None
    afwijking_percentage: Decimal | None = None


@dataclass(frozen=True)
class Actie:
    """An action of the improvement plan that passed its planned date without being done."""

    aanbeveling: str  # the recommendation's code and text, e.g. "4. Maak afspraken over …"
    omschrijving: str
    wie: str | None
    planning: date
    verbonden_partij: str | None = None  # the party it concerns, if any


@dataclass(frozen=True)
class PartijPagina:
    """Everything the report says about one party in the round.

    A party whose report `ONTBREEKT` appears in the overview only; every other party gets
    one page.
    """

    naam: str
    bbv_categorie: str
    regievoerders: Sequence[str]
    status: RapportStatus
    te_laat: bool = False
    aspecten: Aspecten = field(default_factory=Aspecten)
    afwijkingen: Afwijkingen = field(default_factory=Afwijkingen)
    dienstverlening: str | None = None
    tevredenheid: Decimal | None = None
    portefeuillehouder: str | None = None
    projectfase: str | None = None
    besluitvorming: str | None = None  # the decisions asked of the MT
    overige_informatie: str | None = None  # not printed: the page is full; stays in VP Monitor
    mt_opmerking: str | None = None
    normen: Sequence[Normreeks] = ()
    begroting: Begroting | None = None
    achterstallige_acties: Sequence[Actie] = ()
    kengetallen_rood: Sequence[str] = ()  # one sentence per key ratio in category C (Iv3)


@dataclass(frozen=True)
class MtRapport:
    """The semiannual MT report of one municipality's reporting round.

    `partijen` are every active party of the round in the order the overview lists them;
    `achterstallige_acties` are all overdue actions of the improvement plan (the closing
    section), those about one party also in its `PartijPagina`.
    """

    gemeente: str
    periode: str
    deadline: date
    opgesteld_op: date
    partijen: Sequence[PartijPagina] = ()
    achterstallige_acties: Sequence[Actie] = ()

    @property
    def partijpaginas(self) -> list[PartijPagina]:
        """The parties that get a page: every one with a status report."""
        return [p for p in self.partijen if p.status != RapportStatus.ONTBREEKT]

    @property
    def paginas(self) -> int:
        """Pages of the PDF: cover, overview, one per reporting party, the actions section.

        Exact while the overview fits one page (up to 40 parties) and the overdue actions
        fit one page (up to 20); beyond that those sections run on rather than drop data.
        """
        return 2 + len(self.partijpaginas) + 1

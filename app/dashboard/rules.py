"""The dashboard's own rules, without a database: changes of a rating, the trend of the norm
share, where a round's status report stands, the next Wgr deadline, the budget headline."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache

from app.begrotingen.deviations import (
    Afwijking,
    Afwijkingen,
    Cijfers,
    Drempels,
    EigenAandeel,
    Signalen,
    Vergelijking,
    aandeel,
    afwijkingen,
    eigen_aandeel,
    signalen,
)
from app.voortgang.content import Oordeel
from app.voortgang.workflow import RapportageStatus
from app.wgr.calendar import DocumentSoort, MaandDag, Moment, Status, Termijn, termijnen
from app.wgr.calendar import status as wgr_status


class Wijziging(StrEnum):
    """Een oordeel vergeleken met dat in de vorige goedgekeurde rapportage."""

    VERBETERD = "verbeterd"
    GELIJK = "gelijk"
    VERSLECHTERD = "verslechterd"


RANG = {Oordeel.ACHTER: 0, Oordeel.OP_KOERS: 1, Oordeel.BETER: 2}


def wijziging(nu: Oordeel | None, voor: Oordeel | None) -> Wijziging | None:
    """`+` beats `=` beats `-`; None when either report has no rating for the aspect."""
    if nu is None or voor is None:
        return None
    if RANG[nu] == RANG[voor]:
        return Wijziging.GELIJK
    return Wijziging.VERBETERD if RANG[nu] > RANG[voor] else Wijziging.VERSLECHTERD


class NormTrend(StrEnum):
    STIJGEND = "stijgend"
    GELIJK = "gelijk"
    DALEND = "dalend"


TREND_MARGE = Decimal("2.5")  # percent points either way that still count as `gelijk`


def aandeel_gehaald(gehaald: int, gemeten: int) -> Decimal | None:
    """The share of measured norms met, in percent to one decimal (as
    `norm_outcomes_for_period` computes it)."""
    return (Decimal(100) * gehaald / gemeten).quantize(Decimal("0.1")) if gemeten else None


def norm_trend(laatste: Decimal | None, eerdere: Sequence[Decimal | None]) -> NormTrend | None:
    """The latest share against the mean of the earlier quarters' shares: more than 2.5
    points higher is `stijgend`, lower `dalend`, else `gelijk`; None without both."""
    known = [share for share in eerdere if share is not None]
    if laatste is None or not known:
        return None
    difference = laatste - sum(known, Decimal(0)) / len(known)
    if difference > TREND_MARGE:
        return NormTrend.STIJGEND
    if difference < -TREND_MARGE:
        return NormTrend.DALEND
    return NormTrend.GELIJK


class RondeStand(StrEnum):
    """Waar de voortgangsrapportage van een partij voor de ronde staat."""

    ONTBREEKT = "ontbreekt"
    CONCEPT = "concept"
    INGEDIEND = "ingediend"
    TERUGGESTUURD = "teruggestuurd"
    GOEDGEKEURD = "goedgekeurd"
    NIET_GEVRAAGD = "niet_gevraagd"  # the round does not ask the party's tier to report


@dataclass(frozen=True)
class RondeUitslag:
    stand: RondeStand
    te_laat: bool


def ronde_stand(
    status: RapportageStatus | None,
    telaat: bool,
    ingediend_op: datetime | None,
    gevraagd: bool,
    deadline: date | None,
    today: date,
) -> RondeUitslag:
    """A submitted report keeps the lateness of its submission; a report not (yet) submitted,
    or a missing one the round asks for, is late once the deadline has passed (the rule of
    the round's overview)."""
    overdue = deadline is not None and today > deadline
    if status is None:
        stand = RondeStand.ONTBREEKT if gevraagd else RondeStand.NIET_GEVRAAGD
        return RondeUitslag(stand, gevraagd and overdue)
    return RondeUitslag(RondeStand(status.value), telaat if ingediend_op is not None else overdue)


@dataclass(frozen=True)
class WgrStand:
    volgende_soort: DocumentSoort | None
    volgende_datum: date | None
    achterstallig: int


WGR_TERUGBLIK = timedelta(days=365)


def wgr_jaren(today: date) -> range:
    """The financial years whose documents fall due within a year before or after today."""
    return range(today.year - 2, today.year + 3)


@dataclass(frozen=True)
class WgrRij:
    jaar: int
    soort: DocumentSoort
    uiterlijk: date
    ontvangen_op: date | None
    status: Status


@lru_cache(maxsize=4_096)
def _termijnen(jaar: int, eigen: tuple[tuple[Moment, MaandDag], ...]) -> tuple[Termijn, ...]:
    """`termijnen`, remembered: most regelingen share the law's dates, or a few own ones."""
    return tuple(termijnen(jaar, dict(eigen)))


def wgr_rows(
    eigen: Mapping[Moment, MaandDag],
    ontvangen: Mapping[tuple[DocumentSoort, int], date],
    today: date,
) -> list[WgrRij]:
    """The Wgr calendar of the years of `wgr_jaren`, with receipts and status, by due date."""
    rows = []
    own = tuple(sorted(eigen.items()))
    for jaar in wgr_jaren(today):
        for termijn in _termijnen(jaar, own):
            received = ontvangen.get((termijn.soort, jaar))
            state = wgr_status(termijn.uiterlijk, received, today)
            rows.append(WgrRij(jaar, termijn.soort, termijn.uiterlijk, received, state))
    return sorted(rows, key=lambda row: (row.uiterlijk, row.jaar))


def wgr_stand(
    eigen: Mapping[Moment, MaandDag],
    ontvangen: Mapping[tuple[DocumentSoort, int], date],
    today: date,
) -> WgrStand:
    """The next document still to come (due today or later) and the documents due in the last
    year that have not arrived (`achterstallig` in the Wgr calendar)."""
    rows = wgr_rows(eigen, ontvangen, today)
    upcoming = next((row for row in rows if row.status is Status.VERWACHT), None)
    late = sum(
        1
        for row in rows
        if row.status is Status.ACHTERSTALLIG and row.uiterlijk >= today - WGR_TERUGBLIK
    )
    if upcoming is None:
        return WgrStand(None, None, late)
    return WgrStand(upcoming.soort, upcoming.uiterlijk, late)


@dataclass(frozen=True)
class BegrotingStand:
    """The budget year's headline: the latest stage's deviation, the municipality's share."""

    vergelijking: Vergelijking | None
    lasten: Afwijking | None
    saldo: Afwijking | None
    signalen: Signalen
    eigen: EigenAandeel | None

    @property
    def eigen_afwijking(self) -> Decimal | None:
        if self.eigen is None or self.vergelijking is None:
            return None
        share: Decimal | None = getattr(self.eigen, self.vergelijking.value)
        return share


LATEST_FIRST = (Vergelijking.REALISATIE, Vergelijking.PROGNOSE, Vergelijking.WIJZIGING)


def begroting_stand(
    cijfers: Cijfers,
    drempels: Drempels,
    eigen_bijdrage: Decimal | None,
    totaal_bijdragen: Decimal,
    verdeelsleutel: Decimal | None,
) -> BegrotingStand:
    """Judge a budget as `deviation_summary` does, and pick the most advanced comparison with
    a balance: actuals, else forecast, else the amended against the original budget."""
    found: Afwijkingen = afwijkingen(cijfers)
    share = aandeel(eigen_bijdrage, totaal_bijdragen, verdeelsleutel)
    chosen = next(
        (v for v in LATEST_FIRST if (regels := found.van(v)) is not None and regels.saldo),
        None,
    )
    regels = found.van(chosen) if chosen else None
    return BegrotingStand(
        vergelijking=chosen,
        lasten=regels.lasten if regels else None,
        saldo=regels.saldo if regels else None,
        signalen=signalen(found, drempels),
        eigen=eigen_aandeel(found, share, eigen_bijdrage),
    )

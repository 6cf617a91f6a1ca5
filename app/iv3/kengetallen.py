"""The key ratios of the BBV (art. 11 lid 2 sub d; `fk.1` … `fk.6` in Iv3), judged against
signal values, with the trend between report periods. Pure.

The default signal values are those of the provinces' joint financial supervision framework,
*Gemeenschappelijk financieel toezichtkader 2020* (GTK 2020, IPO/BZK), which the VNG's
guidance on the BBV key ratios refers to; category C is the one that asks for attention
(red): e.g. netto schuldquote above 130 % and solvabiliteitsratio below 20 %.
"""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum

ORDER_OF_KIND = {"Beg": 0, "Rek": 1, "MJR": 2}  # within a year: budget, accounts, projection
VERSLAGPERIODE = re.compile(r"^(?P<soort>Rek|Beg|MJR)_(?P<jaar>\d{4})$")
NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")


class Richting(StrEnum):
    hoger_is_slechter = "hoger_is_slechter"
    lager_is_slechter = "lager_is_slechter"


class Categorie(StrEnum):
    """GTK 2020: A het minst risicovol, C het meest (rood)."""

    A = "A"
    B = "B"
    C = "C"


class Trend(StrEnum):
    stijgend = "stijgend"
    gelijk = "gelijk"
    dalend = "dalend"


@dataclass(frozen=True)
class Signaalwaarde:
    """Category A up to `grens_a`, C beyond `grens_c`, B between (both bounds in B)."""

    kengetal: str
    richting: Richting
    grens_a: Decimal
    grens_c: Decimal


DEFAULTS: dict[str, Signaalwaarde] = {
    s.kengetal: s
    for s in (
        Signaalwaarde("fk.1", Richting.hoger_is_slechter, Decimal(90), Decimal(130)),
        Signaalwaarde("fk.2", Richting.hoger_is_slechter, Decimal(90), Decimal(130)),
        Signaalwaarde("fk.3", Richting.lager_is_slechter, Decimal(50), Decimal(20)),
        Signaalwaarde("fk.4", Richting.lager_is_slechter, Decimal(0), Decimal(0)),
        Signaalwaarde("fk.5", Richting.hoger_is_slechter, Decimal(20), Decimal(35)),
        Signaalwaarde("fk.6", Richting.hoger_is_slechter, Decimal(95), Decimal(105)),
    )
}
SOURCE = (
    "Gemeenschappelijk financieel toezichtkader 2020 (GTK 2020), signaleringswaarden: netto "
    "schuldquote (ook gecorrigeerd) A < 90 %, B 90–130 %, C > 130 %; solvabiliteitsratio "
    "A > 50 %, B 20–50 %, C < 20 %; structurele exploitatieruimte A > 0 %, B 0 %, C < 0 %; "
    "grondexploitatie A < 20 %, B 20–35 %, C > 35 %; belastingcapaciteit A < 95 %, "
    "B 95–105 %, C > 105 %."
)


def judge(waarde: Decimal, signaal: Signaalwaarde) -> Categorie:
    if signaal.richting is Richting.hoger_is_slechter:
        if waarde > signaal.grens_c:
            return Categorie.C
        return Categorie.B if waarde >= signaal.grens_a else Categorie.A
    if waarde < signaal.grens_c:
        return Categorie.C
    return Categorie.B if waarde <= signaal.grens_a else Categorie.A


def as_percentage(tekst: str) -> Decimal | None:
    """The delivery's `waarde` (a string, as written: `"85,3"`, `"85.3%"`) as a number."""
    cleaned = tekst.strip().rstrip("%").strip().replace(" ", "")
    if not NUMBER.match(cleaned):
        return None
    try:
        return Decimal(cleaned.replace(",", "."))
    except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
        return None


def period_order(verslagperiode: str) -> tuple[int, int, str]:
    """Chronological, as CBS lists them: Rek_2024, Beg_2025, Rek_2025, Beg_2026, MJR_2027 …"""
    match = VERSLAGPERIODE.match(verslagperiode)
    if match is None:
        return (9999, 9, verslagperiode)
    return (int(match["jaar"]), ORDER_OF_KIND[match["soort"]], verslagperiode)


@dataclass(frozen=True)
class Waarneming:
    verslagperiode: str
    tekst: str
    waarde: Decimal | None
    categorie: Categorie | None
    trend: Trend | None


@dataclass(frozen=True)
class Reeks:
    kengetal: str
    signaal: Signaalwaarde
    waarnemingen: list[Waarneming]

    @property
    def laatste(self) -> Waarneming | None:
        """The latest realised value (a `Rek_` period) or else the latest budgeted one."""
        realised = [w for w in self.waarnemingen if w.verslagperiode.startswith("Rek_")]
        budgeted = [w for w in self.waarnemingen if w.verslagperiode.startswith("Beg_")]
        pool = realised or budgeted or self.waarnemingen
        return pool[-1] if pool else None

    @property
    def rood(self) -> bool:
        laatste = self.laatste
        return laatste is not None and laatste.categorie is Categorie.C


def series(
    values: Iterable[tuple[str, str, str]], signaalwaarden: Mapping[str, Signaalwaarde]
) -> list[Reeks]:
    """Per key ratio (fk.1 … fk.6, those delivered), its values in report-period order, each
    judged and with its trend against the one before. `values`: (verslagperiode, kengetal,
    waarde) with the latest delivery's value last."""
    latest: dict[tuple[str, str], str] = {}
    for verslagperiode, kengetal, tekst in values:
        latest[(kengetal, verslagperiode)] = tekst
    reeksen = []
    for kengetal in sorted({k for k, _ in latest}):
        signaal = signaalwaarden.get(kengetal) or DEFAULTS.get(kengetal)
        if signaal is None:
            continue
        periods = sorted((p for k, p in latest if k == kengetal), key=period_order)
        waarnemingen, previous = [], None
        for periode in periods:
            tekst = latest[(kengetal, periode)]
            waarde = as_percentage(tekst)
            trend = None
            if waarde is not None and previous is not None:
                trend = (
                    Trend.stijgend
                    if waarde > previous
                    else Trend.dalend
                    if waarde < previous
                    else Trend.gelijk
                )
            categorie = None if waarde is None else judge(waarde, signaal)
            waarnemingen.append(Waarneming(periode, tekst, waarde, categorie, trend))
            previous = waarde if waarde is not None else previous
        reeksen.append(Reeks(kengetal, signaal, waarnemingen))
    return reeksen

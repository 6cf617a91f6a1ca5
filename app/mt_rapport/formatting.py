"""Dutch wording and number formats for the MT report: pure functions, used as Jinja filters."""

import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from app.core.periods import InvalidPeriod, Periode
from app.mt_rapport.document import Oordeel, RapportStatus, Uitkomst

MAANDEN = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]

OORDEEL_LABEL = {
    Oordeel.BETER: "Beter dan gepland",
    Oordeel.OP_KOERS: "Op koers",
    Oordeel.ACHTER: "Aandacht nodig",
}
STATUS_LABEL = {
    RapportStatus.GOEDGEKEURD: "Goedgekeurd",
    RapportStatus.INGEDIEND: "Ingediend",
    RapportStatus.TERUGGESTUURD: "Teruggestuurd",
    RapportStatus.CONCEPT: "Concept",
    RapportStatus.ONTBREEKT: "Ontbreekt",
}
UITKOMST_LABEL = {
    Uitkomst.GEHAALD: "gehaald",
    Uitkomst.AANDACHT: "aandacht",
    Uitkomst.NIET_GEHAALD: "niet gehaald",
}
UITKOMST_SYMBOOL = {Uitkomst.GEHAALD: "✓", Uitkomst.AANDACHT: "!", Uitkomst.NIET_GEHAALD: "✗"}
BBV_LABEL = {
    "gemeenschappelijke_regeling": "Gemeenschappelijke regeling",
    "vennootschap_cooperatie": "Vennootschap of coöperatie",
    "stichting_vereniging": "Stichting of vereniging",
    "overig": "Overige verbonden partij",
}
ASPECT_LABEL = {
    "voortgang": "Voortgang",
    "inhoud": "Inhoud en scope",
    "planning": "Planning",
    "financien": "Financiën",
    "risicos": "Risico's en kansen",
    "communicatie": "Communicatie",
}
# Column headers of the overview; a soft hyphen lets the longest one break.
ASPECT_KORT = {
    **ASPECT_LABEL,
    "inhoud": "Inhoud",
    "risicos": "Risico's",
    "communicatie": "Commu\u00adnicatie",
}
EENHEID_ACHTERVOEGSEL = {"percentage": " %", "dagen": " dagen", "uren": " uur", "score": ""}
_KORTE_MAAND = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def datum(dag: date) -> str:
    """`15 juli 2026`."""
    return f"{dag.day} {MAANDEN[dag.month - 1]} {dag.year}"


def _periode(tekst: str) -> Periode | None:
    try:
        return Periode.parse(tekst)
    except InvalidPeriod:
        return None


def periode_label(tekst: str) -> str:
    """`2026-H1` → `1e halfjaar 2026`; text that is no period is shown as it is."""
    periode = _periode(tekst)
    if periode is None:
        return tekst
    nummer = (periode.start.month - 1) // periode.months + 1
    if periode.months == 6:
        return f"{nummer}e halfjaar {periode.jaar}"
    if periode.months == 3:
        return f"{nummer}e kwartaal {periode.jaar}"
    if periode.months == 1:
        return f"{MAANDEN[periode.start.month - 1]} {periode.jaar}"
    return str(periode.jaar)


def periode_kort(tekst: str) -> str:
    """A chart axis label: `2026-Q3` → `Q3'26`, `2026-09` → `sep'26`."""
    periode = _periode(tekst)
    if periode is None:
        return tekst
    nummer = (periode.start.month - 1) // periode.months + 1
    jaar = f"'{periode.jaar % 100:02d}"
    if periode.months == 6:
        return f"H{nummer}{jaar}"
    if periode.months == 3:
        return f"Q{nummer}{jaar}"
    if periode.months == 1:
        return f"{_KORTE_MAAND[periode.start.month - 1]}{jaar}"
    return str(periode.jaar)


def getal(waarde: Decimal, decimalen: int | None = None) -> str:
    """Dutch notation: `12.500.000`, `91,5`; at most two decimals unless told otherwise."""
    if decimalen is None:
        afgerond = waarde.quantize(Decimal("0.01"), ROUND_HALF_UP)
        decimalen = 0 if afgerond == afgerond.to_integral() else 2
        if decimalen and afgerond * 10 == (afgerond * 10).to_integral():
            decimalen = 1
    tekst = f"{waarde:,.{decimalen}f}"
    return tekst.replace(",", "_").replace(".", ",").replace("_", ".")


def bedrag(waarde: Decimal) -> str:
    """`€ 12.900.000` (whole euros), `-€ 300.000`."""
    teken = "-" if waarde < 0 else ""
    return f"{teken}€ {getal(abs(waarde), 0)}"


def procent(waarde: Decimal, met_teken: bool = False) -> str:
    """`4,8 %`; with `met_teken` also `+4,8 %`."""
    teken = "+" if met_teken and waarde > 0 else ""
    return f"{teken}{getal(waarde.quantize(Decimal('0.1'), ROUND_HALF_UP))} %"


def meetwaarde(waarde: Decimal, eenheid: str) -> str:
    """A measured value in its unit: `91,5 %`, `12 dagen`, `€ 1.200`, `7,5`."""
    if eenheid == "euro":
        return bedrag(waarde)
    return getal(waarde) + EENHEID_ACHTERVOEGSEL.get(eenheid, "")


def inkorten(tekst: str | None, lengte: int) -> str:
    """At most `lengte` characters, cut at a word and marked with `…`; whitespace collapsed."""
    if not tekst:
        return ""
    vlak = re.sub(r"\s+", " ", tekst).strip()
    if len(vlak) <= lengte:
        return vlak
    knip = vlak[: lengte - 1]
    spatie = knip.rfind(" ")
    if spatie > lengte // 2:
        knip = knip[:spatie]
    return knip.rstrip(" ,.;:") + "…"

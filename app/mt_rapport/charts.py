"""Small SVG charts for the MT report: pure, deterministic, no scripts, no external services.

Built with ElementTree, so every text (names come from users) is escaped by the serializer.
Each chart is an accessible image: `role="img"`, a `<title>` (which WeasyPrint makes the
PDF figure's alternative text) and a `<desc>` that lists every value, so nothing is told by
colour alone; outcomes also carry a symbol (✓ ! ✗).
"""

from collections.abc import Sequence
from decimal import Decimal
from xml.etree.ElementTree import Element, SubElement, tostring

from app.mt_rapport.document import Begroting, Normpunt, Normreeks, Uitkomst
from app.mt_rapport.formatting import (
    UITKOMST_LABEL,
    UITKOMST_SYMBOOL,
    bedrag,
    getal,
    meetwaarde,
    periode_kort,
    periode_label,
)
from app.mt_rapport.presentation import PUNTEN_PER_NORM

SVG_NS = "http://www.w3.org/2000/svg"
FONT = "DejaVu Sans, sans-serif"
INKT = "#1f2933"
GRIJS = "#6b7280"
KLEUR = {
    Uitkomst.GEHAALD: "#2e7d32",
    Uitkomst.AANDACHT: "#b26a00",
    Uitkomst.NIET_GEHAALD: "#c62828",
}
BEGROTING_KLEUREN = ("#90a4ae", "#546e7a", "#1e88e5", "#0d47a1")


def _n(getal: float) -> str:
    """A coordinate, printed the same way every time."""
    return f"{getal:.1f}".rstrip("0").rstrip(".")


def _svg(breedte: int, hoogte: int, ident: str, titel: str, beschrijving: str) -> Element:
    root = Element(
        "svg",
        {
            "xmlns": SVG_NS,
            "viewBox": f"0 0 {breedte} {hoogte}",
            "width": str(breedte),
            "height": str(hoogte),
            "role": "img",
            "aria-labelledby": f"{ident}-titel {ident}-beschrijving",
            "font-family": FONT,
            "class": "grafiek",
        },
    )
    SubElement(root, "title", {"id": f"{ident}-titel"}).text = titel
    SubElement(root, "desc", {"id": f"{ident}-beschrijving"}).text = beschrijving
    return root


def _tekst(parent: Element, x: float, y: float, tekst: str, **attributen: str) -> None:
    attributen.setdefault("font-size", "9")
    attributen.setdefault("fill", INKT)
    element = SubElement(parent, "text", {"x": _n(x), "y": _n(y), **attributen})
    element.text = tekst


def _svg_tekst(root: Element) -> str:
    return tostring(root, encoding="unicode")


def doel_tekst(reeks: Normreeks) -> str:
    """`doel ≥ 95 %`, or `geen doel vastgelegd`."""
    if reeks.doelwaarde is None:
        return "geen doel vastgelegd"
    teken = "≥" if reeks.hoger_is_beter else "≤"
    return f"doel {teken} {meetwaarde(reeks.doelwaarde, reeks.eenheid)}"


def norm_grafiek(reeks: Normreeks, ident: str) -> str:
    """Bars per period coloured and marked by outcome, with the target as a dashed line behind
    the value labels. When every value and the target lie close together far from zero, the
    axis starts near them (and the chart says from where), so 99,2 and 99,9 look different."""
    punten = list(reeks.punten)[-PUNTEN_PER_NORM:]
    waarden = "; ".join(
        f"{periode_label(p.periode)}: {meetwaarde(p.waarde, reeks.eenheid)} "
        f"({UITKOMST_LABEL[p.uitkomst]})"
        for p in punten
    )
    doel = [] if reeks.doelwaarde is None else [reeks.doelwaarde]
    basis = as_begin([p.waarde for p in punten] + doel)
    as_tekst = f"as vanaf {meetwaarde(basis, reeks.eenheid)}" if basis else None
    beschrijving = f"{doel_tekst(reeks).capitalize()}. " + (waarden or "Geen metingen.")
    if as_tekst:
        beschrijving += f" De as begint bij {meetwaarde(basis, reeks.eenheid)}, niet bij 0."
    root = _svg(200, 112, ident, f"{reeks.code} {reeks.naam}", beschrijving)
    _tekst(root, 4, 11, doel_tekst(reeks), fill=GRIJS, **{"font-size": "9.5"})
    if not punten:
        _tekst(root, 100, 60, "Geen metingen", **{"text-anchor": "middle", "fill": GRIJS})
        return _svg_tekst(root)
    if as_tekst:
        _tekst(root, 196, 11, as_tekst, fill=GRIJS, **{"font-size": "8", "text-anchor": "end"})
    y = _Schaal(boven=26.0, onder=86.0, hoogste=max([p.waarde for p in punten] + doel), basis=basis)
    SubElement(root, "line", _lijn(4, y.onder, 196, y.onder, GRIJS))
    if basis:  # a break mark where the axis no longer starts at zero
        SubElement(root, "path", {"d": _onderbreking(y.onder), "stroke": GRIJS, "fill": "none"})
    if reeks.doelwaarde is not None:  # behind the bars' value labels, which sit on plates
        lijn = _lijn(4, y(reeks.doelwaarde), 196, y(reeks.doelwaarde), INKT)
        SubElement(root, "line", {**lijn, "stroke-dasharray": "4 3", "stroke-width": "1.2"})
    vak = 192 / len(punten)
    for i, punt in enumerate(punten):
        _kolom(root, 4 + vak * (i + 0.5), vak * 0.6, y, punt)
    return _svg_tekst(root)


def as_begin(waarden: Sequence[Decimal]) -> Decimal:
    """Where the value axis starts: 0, unless all values (target included) are positive and lie
    within a band narrower than a quarter of the smallest; then a round number half the band's
    width below it, so differences show without exaggerating them."""
    if not waarden:
        return Decimal(0)
    laagste, hoogste = min(waarden), max(waarden)
    if laagste <= 0 or (hoogste - laagste) * 4 >= laagste:
        return Decimal(0)
    marge = max(hoogste - laagste, hoogste / 100)
    stap = _ronde_stap(marge / 2)
    begin = ((laagste - marge / 2) / stap).to_integral_value(rounding="ROUND_FLOOR") * stap
    return max(begin, Decimal(0))


def _ronde_stap(marge: Decimal) -> Decimal:
    """1, 2 or 5 times a power of ten, at least `marge`."""
    macht = Decimal(10) ** (marge.adjusted())
    for factor in (1, 2, 5, 10):
        if macht * factor >= marge:
            return macht * factor
    return macht * 10


def _onderbreking(y: float) -> str:
    return f"M 1 {_n(y - 5)} L 7 {_n(y - 3)} M 1 {_n(y - 2)} L 7 {_n(y)}"


class _Schaal:
    """Maps a value to a y coordinate; `basis` (usually zero) at the axis, the highest value
    near the top."""

    def __init__(self, boven: float, onder: float, hoogste: Decimal, basis: Decimal) -> None:
        self.boven, self.onder, self.basis = boven, onder, float(basis)
        self.bereik = (float(max(hoogste, Decimal(0))) - self.basis) * 1.12 or 1.0

    def __call__(self, waarde: Decimal) -> float:
        boven_basis = max(float(waarde) - self.basis, 0.0)
        return self.onder - (self.onder - self.boven) * boven_basis / self.bereik


def _kolom(root: Element, midden: float, breedte: float, y: _Schaal, punt: Normpunt) -> None:
    """One period: its bar, its value above on a white plate (the target line passes behind
    it), its outcome mark and period below the axis."""
    kleur, top, gecentreerd = KLEUR[punt.uitkomst], y(punt.waarde), {"text-anchor": "middle"}
    SubElement(root, "rect", _rechthoek(midden - breedte / 2, top, breedte, y.onder - top, kleur))
    waarde = getal(punt.waarde)
    plaat = len(waarde) * 5.6 + 3
    SubElement(
        root,
        "rect",
        {**_rechthoek(midden - plaat / 2, top - 10.5, plaat, 9.5, "#fff"), "class": "plaat"},
    )
    _tekst(root, midden, top - 2.5, waarde, **gecentreerd)
    symbool = UITKOMST_SYMBOOL[punt.uitkomst]
    _tekst(
        root, midden, y.onder + 10, symbool, **gecentreerd, fill=kleur, **{"font-weight": "bold"}
    )
    label = periode_kort(punt.periode)
    _tekst(root, midden, y.onder + 22, label, **gecentreerd, fill=GRIJS, **{"font-size": "8"})


def _lijn(x1: float, y1: float, x2: float, y2: float, kleur: str) -> dict[str, str]:
    return {"x1": _n(x1), "y1": _n(y1), "x2": _n(x2), "y2": _n(y2), "stroke": kleur}


def _rechthoek(x: float, y: float, breedte: float, hoogte: float, kleur: str) -> dict[str, str]:
    return {"x": _n(x), "y": _n(y), "width": _n(breedte), "height": _n(hoogte), "fill": kleur}


def begroting_regels(begroting: Begroting) -> list[tuple[str, Decimal | None]]:
    return [
        ("Primitief", begroting.primitief),
        ("Na wijziging", begroting.na_wijziging),
        ("Prognose", begroting.prognose),
        ("Realisatie", begroting.realisatie),
    ]


def heeft_begrotingscijfers(begroting: Begroting | None) -> bool:
    return begroting is not None and any(w is not None for _, w in begroting_regels(begroting))


def begroting_grafiek(begroting: Begroting, partij: str, ident: str) -> str:
    """Horizontal bars of the year's costs: original, amended, forecast, actual."""
    regels = begroting_regels(begroting)
    beschrijving = "; ".join(
        f"{label}: {bedrag(w) if w is not None else 'geen gegevens'}" for label, w in regels
    )
    root = _svg(300, 104, ident, f"Lasten {begroting.jaar} van {partij}", beschrijving + ".")
    bekend: Sequence[Decimal] = [w for _, w in regels if w is not None]
    hoogste = float(max([*bekend, Decimal(0)])) or 1.0
    links, lengte = 78.0, 142.0
    for i, (label, waarde) in enumerate(regels):
        y = 8 + i * 24
        _tekst(root, 0, y + 12, label)
        if waarde is None:
            _tekst(root, links, y + 12, "geen gegevens", fill=GRIJS, **{"font-style": "italic"})
            continue
        breedte = max(lengte * max(float(waarde), 0.0) / hoogste, 1.0)
        kleur = BEGROTING_KLEUREN[i]
        SubElement(root, "rect", _rechthoek(links, y + 2, breedte, 14, kleur))
        _tekst(root, links + breedte + 4, y + 12, bedrag(waarde))
    return _svg_tekst(root)

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
    """Bars per period coloured and marked by outcome, with the target as a dashed line."""
    punten = list(reeks.punten)[-PUNTEN_PER_NORM:]
    waarden = "; ".join(
        f"{periode_label(p.periode)}: {meetwaarde(p.waarde, reeks.eenheid)} "
        f"({UITKOMST_LABEL[p.uitkomst]})"
        for p in punten
    )
    beschrijving = f"{doel_tekst(reeks).capitalize()}. " + (waarden or "Geen metingen.")
    root = _svg(200, 112, ident, f"{reeks.code} {reeks.naam}", beschrijving)
    _tekst(root, 4, 11, doel_tekst(reeks), fill=GRIJS, **{"font-size": "9.5"})
    if not punten:
        _tekst(root, 100, 60, "Geen metingen", **{"text-anchor": "middle", "fill": GRIJS})
        return _svg_tekst(root)
    doel = [] if reeks.doelwaarde is None else [reeks.doelwaarde]
    y = _Schaal(boven=26.0, onder=86.0, hoogste=max([p.waarde for p in punten] + doel))
    SubElement(root, "line", _lijn(4, y.onder, 196, y.onder, GRIJS))
    vak = 192 / len(punten)
    for i, punt in enumerate(punten):
        _kolom(root, 4 + vak * (i + 0.5), vak * 0.6, y, punt)
    if reeks.doelwaarde is not None:
        lijn = _lijn(4, y(reeks.doelwaarde), 196, y(reeks.doelwaarde), INKT)
        SubElement(root, "line", {**lijn, "stroke-dasharray": "4 3", "stroke-width": "1.2"})
    return _svg_tekst(root)


class _Schaal:
    """Maps a value to a y coordinate; zero at the axis, the highest value near the top."""

    def __init__(self, boven: float, onder: float, hoogste: Decimal) -> None:
        self.boven, self.onder = boven, onder
        self.hoogste = float(max(hoogste, Decimal(0))) * 1.12 or 1.0

    def __call__(self, waarde: Decimal) -> float:
        return self.onder - (self.onder - self.boven) * max(float(waarde), 0.0) / self.hoogste


def _kolom(root: Element, midden: float, breedte: float, y: _Schaal, punt: Normpunt) -> None:
    """One period: its bar, its value above, its outcome mark and period below the axis."""
    kleur, top, gecentreerd = KLEUR[punt.uitkomst], y(punt.waarde), {"text-anchor": "middle"}
    SubElement(root, "rect", _rechthoek(midden - breedte / 2, top, breedte, y.onder - top, kleur))
    _tekst(root, midden, top - 2.5, getal(punt.waarde), **gecentreerd)
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

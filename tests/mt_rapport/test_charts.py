"""The SVG charts are well-formed, accessible, escaped and deterministic."""

import xml.etree.ElementTree as ET
from decimal import Decimal

from app.mt_rapport.charts import begroting_grafiek, norm_grafiek
from app.mt_rapport.document import Begroting, Normpunt, Normreeks, Uitkomst
from tests.mt_rapport.voorbeeld import reeks

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = "<script>alert('x')</script> & co"


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)  # noqa: S314 - our own output


def texts(root: ET.Element) -> list[str]:
    return [element.text or "" for element in root.iter(f"{SVG}text")]


def test_norm_chart_is_well_formed_svg_with_title_and_description() -> None:
    root = parse(norm_grafiek(reeks("INC-8U", "Incidenten binnen 8 uur", ["96", "91.5"]), "n1"))
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    assert root.findtext(f"{SVG}title") == "INC-8U Incidenten binnen 8 uur"
    assert root.get("aria-labelledby") == "n1-titel n1-beschrijving"
    description = root.findtext(f"{SVG}desc") or ""
    assert "1e kwartaal 2025: 96 %" in description
    assert "2e kwartaal 2025: 91,5 % (aandacht)" in description


def test_budget_chart_is_well_formed_svg_with_title_and_description() -> None:
    begroting = Begroting(2026, primitief=Decimal(12_500_000), na_wijziging=Decimal(12_900_000))
    root = parse(begroting_grafiek(begroting, "De Connectie", "b1"))
    assert root.get("role") == "img"
    assert root.findtext(f"{SVG}title") == "Lasten 2026 van De Connectie"
    assert "Na wijziging: € 12.900.000" in (root.findtext(f"{SVG}desc") or "")


def test_charts_escape_script_in_names() -> None:
    norm = norm_grafiek(Normreeks(HOSTILE, HOSTILE, "aantal", Decimal(3)), "n1")
    budget = begroting_grafiek(Begroting(2026, primitief=Decimal(1)), HOSTILE, "b1")
    for svg in (norm, budget):
        assert "<script" not in svg
        assert "&lt;script&gt;" in svg
        title = parse(svg).findtext(f"{SVG}title") or ""
        assert title.endswith(HOSTILE)  # the text survives, as text


def test_charts_are_deterministic() -> None:
    series = reeks("INC-8U", "Incidenten", ["96", "94", "91.5", "97"])
    begroting = Begroting(2026, primitief=Decimal(12_500_000), prognose=Decimal(13_100_000))
    assert norm_grafiek(series, "n1") == norm_grafiek(series, "n1")
    assert begroting_grafiek(begroting, "X", "b") == begroting_grafiek(begroting, "X", "b")


def test_each_outcome_is_marked_by_a_symbol_as_well_as_a_colour() -> None:
    root = parse(norm_grafiek(reeks("N", "Norm", ["96", "92", "80"]), "n1"))
    assert {"✓", "!", "✗"} <= set(texts(root))
    assert len({rect.get("fill") for rect in root.iter(f"{SVG}rect")}) == 3


def test_norm_chart_draws_the_target_as_a_dashed_line() -> None:
    root = parse(norm_grafiek(reeks("N", "Norm", ["96"], doel="95"), "n1"))
    assert any(line.get("stroke-dasharray") for line in root.iter(f"{SVG}line"))
    assert "doel ≥ 95 %" in texts(root)


def test_norm_chart_of_a_lower_is_better_norm_states_a_maximum() -> None:
    series = Normreeks("DGN", "Doorlooptijd", "dagen", Decimal(56), hoger_is_beter=False)
    assert "doel ≤ 56 dagen" in texts(parse(norm_grafiek(series, "n1")))


def test_norm_chart_without_measurements_says_so() -> None:
    root = parse(norm_grafiek(Normreeks("N", "Norm", "percentage", None), "n1"))
    assert "Geen metingen" in texts(root)
    assert "geen doel vastgelegd" in texts(root)
    assert not list(root.iter(f"{SVG}rect"))


def test_norm_chart_shows_the_last_eight_periods() -> None:
    punten = [
        Normpunt(f"{jaar}-Q{kwartaal}", Decimal(90), Uitkomst.AANDACHT)
        for jaar in (2024, 2025, 2026)
        for kwartaal in (1, 2, 3, 4)
    ]
    root = parse(norm_grafiek(Normreeks("N", "Norm", "percentage", Decimal(95), punten), "n1"))
    assert len(list(root.iter(f"{SVG}rect"))) == 8
    assert "Q1'25" in texts(root)
    assert "Q4'24" not in texts(root)


def test_budget_chart_says_geen_gegevens_for_a_missing_figure() -> None:
    root = parse(begroting_grafiek(Begroting(2026, primitief=Decimal(100)), "X", "b1"))
    assert texts(root).count("geen gegevens") == 3
    assert len(list(root.iter(f"{SVG}rect"))) == 1


def test_zero_and_negative_values_do_not_break_the_charts() -> None:
    punten = [Normpunt("2026-Q1", Decimal(0), Uitkomst.NIET_GEHAALD)]
    norm = Normreeks("N", "Norm", "aantal", Decimal(0), punten)
    parse(norm_grafiek(norm, "n1"))
    parse(begroting_grafiek(Begroting(2026, primitief=Decimal(0), prognose=Decimal(-5)), "X", "b"))

"""The SVG charts are well-formed, accessible, escaped and deterministic."""

import xml.etree.ElementTree as ET
from decimal import Decimal

from app.mt_rapport.charts import as_begin, begroting_grafiek, norm_grafiek
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
    bars = [rect for rect in root.iter(f"{SVG}rect") if rect.get("class") != "plaat"]
    assert len({rect.get("fill") for rect in bars}) == 3


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
    assert len(bar_heights(root)) == 8
    assert "Q1'25" in texts(root)
    assert "Q4'24" not in texts(root)


def test_budget_chart_says_geen_gegevens_for_a_missing_figure() -> None:
    root = parse(begroting_grafiek(Begroting(2026, primitief=Decimal(100)), "X", "b1"))
    assert texts(root).count("geen gegevens") == 3
    assert len(bar_heights(root)) == 1


def test_zero_and_negative_values_do_not_break_the_charts() -> None:
    punten = [Normpunt("2026-Q1", Decimal(0), Uitkomst.NIET_GEHAALD)]
    norm = Normreeks("N", "Norm", "aantal", Decimal(0), punten)
    parse(norm_grafiek(norm, "n1"))
    parse(begroting_grafiek(Begroting(2026, primitief=Decimal(0), prognose=Decimal(-5)), "X", "b"))


def bar_heights(root: ET.Element) -> list[float]:
    return [
        float(rect.get("height", "0"))
        for rect in root.iter(f"{SVG}rect")
        if rect.get("class") != "plaat"
    ]


def test_values_near_100_get_an_axis_that_shows_their_difference_and_says_so() -> None:
    root = parse(norm_grafiek(reeks("BESCH", "Beschikbaarheid", ["99.2", "99.9"], "99"), "n1"))

    low, high = bar_heights(root)
    assert high - low > 10  # points on the chart, not a hair
    assert any(text.startswith("as vanaf") for text in texts(root))
    assert "niet bij 0" in (root.findtext(f"{SVG}desc") or "")


def test_values_far_apart_keep_the_axis_at_zero() -> None:
    root = parse(norm_grafiek(reeks("INC-8U", "Incidenten", ["96", "40"]), "n1"))

    assert not any(text.startswith("as vanaf") for text in texts(root))
    assert as_begin([Decimal(96), Decimal(40)]) == 0


def test_the_axis_starts_at_a_round_number_below_the_values_and_the_target() -> None:
    assert as_begin([Decimal("99.2"), Decimal("99.9"), Decimal(95)]) == Decimal(90)
    assert as_begin([Decimal("99.2"), Decimal("99.9"), Decimal(99)]) == Decimal("98.5")


def test_the_target_line_runs_behind_the_value_labels_on_their_plates() -> None:
    root = parse(norm_grafiek(reeks("INC-8U", "Incidenten", ["95.5", "96"]), "n1"))
    order = [child.tag.removeprefix(SVG) + ":" + (child.get("class") or "") for child in root]

    target = next(i for i, child in enumerate(root) if child.get("stroke-dasharray"))
    plates = [i for i, tag in enumerate(order) if tag == "rect:plaat"]
    assert len(plates) == 2
    assert all(plate > target for plate in plates)

"""Periods of every granularity parse, print, compare and map to date ranges."""

from datetime import date

import pytest
from pydantic import TypeAdapter, ValidationError

from app.core.periods import Granulariteit, HalfYearField, InvalidPeriod, Periode, PeriodeField


@pytest.mark.parametrize(
    ("text", "start", "end", "granulariteit"),
    [
        ("2026", date(2026, 1, 1), date(2026, 12, 31), Granulariteit.jaar),
        ("2026-H1", date(2026, 1, 1), date(2026, 6, 30), Granulariteit.halfjaar),
        ("2026-H2", date(2026, 7, 1), date(2026, 12, 31), Granulariteit.halfjaar),
        ("2026-Q3", date(2026, 7, 1), date(2026, 9, 30), Granulariteit.kwartaal),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29), Granulariteit.maand),
        ("2026-12", date(2026, 12, 1), date(2026, 12, 31), Granulariteit.maand),
    ],
)
def test_a_period_maps_to_its_date_range(
    text: str, start: date, end: date, granulariteit: Granulariteit
) -> None:
    periode = Periode.parse(text)
    assert (periode.start, periode.end, periode.granulariteit) == (start, end, granulariteit)
    assert str(periode) == text


@pytest.mark.parametrize("text", ["26", "2026-H3", "2026-Q0", "2026-13", "2026-00", "2026-W01", ""])
def test_text_that_is_no_period_is_refused(text: str) -> None:
    with pytest.raises(InvalidPeriod):
        Periode.parse(text)


def test_periods_order_by_their_start_then_length() -> None:
    texts = ["2026-Q3", "2025-12", "2026", "2026-H1", "2026-01"]
    ordered = [str(p) for p in sorted(map(Periode.parse, texts))]
    assert ordered == ["2025-12", "2026-01", "2026-H1", "2026", "2026-Q3"]


def test_next_and_previous_cross_the_year() -> None:
    assert str(Periode.parse("2026-Q4").next()) == "2027-Q1"
    assert str(Periode.parse("2026-01").previous()) == "2025-12"
    assert str(Periode.parse("2026-H1").previous()) == "2025-H2"


def test_a_half_year_is_made_of_its_quarters_and_months() -> None:
    half = Periode.parse("2026-H2")
    assert [str(p) for p in half.subperiods(Granulariteit.kwartaal)] == ["2026-Q3", "2026-Q4"]
    assert len(half.subperiods(Granulariteit.maand)) == 6
    assert half.subperiods(Granulariteit.jaar) == []
    assert half.contains(Periode.parse("2026-09"))
    assert not half.contains(Periode.parse("2026-Q2"))


def test_schema_fields_parse_and_print_text() -> None:
    adapter = TypeAdapter(PeriodeField)
    assert adapter.validate_python("2026-Q3") == Periode.parse("2026-Q3")
    assert adapter.dump_python(Periode.parse("2026-Q3"), mode="json") == "2026-Q3"
    with pytest.raises(ValidationError):
        TypeAdapter(HalfYearField).validate_python("2026-Q3")

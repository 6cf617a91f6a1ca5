"""Planning texts as seed 004's Planning column holds them, and their due dates. Pure."""

from datetime import date

import pytest

from app.verbeterplan.planning import InvalidPlanning, parse_planning


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("2021", date(2021, 12, 31)),
        ("Q1 2022", date(2022, 3, 31)),
        ("q3-2022", date(2022, 9, 30)),
        ("2022-Q2", date(2022, 6, 30)),
        ("2022 Q4", date(2022, 12, 31)),
        ("1e kwartaal 2023", date(2023, 3, 31)),
        ("2e helft 2021", date(2021, 12, 31)),
        ("eerste helft 2024", date(2024, 6, 30)),
        ("H1 2024", date(2024, 6, 30)),
        ("2024-H2", date(2024, 12, 31)),
        ("maart 2022", date(2022, 3, 31)),
        ("feb 2024", date(2024, 2, 29)),
        ("2022-09", date(2022, 9, 30)),
        ("eind 2021", date(2021, 12, 31)),
        ("medio 2022", date(2022, 6, 30)),
        ("31-03-2022", date(2022, 3, 31)),
        ("1/7/2023", date(2023, 7, 1)),
    ],
)
def test_a_period_is_due_on_its_last_day_and_keeps_its_text(text: str, due: date) -> None:
    planning = parse_planning(text)

    assert planning.datum == due
    assert planning.tekst == text


def test_an_iso_date_is_due_that_day_without_a_text() -> None:
    planning = parse_planning("2026-03-31")

    assert (planning.datum, planning.tekst) == (date(2026, 3, 31), None)


def test_ongoing_work_has_no_due_date() -> None:
    planning = parse_planning("Doorlopend")

    assert (planning.datum, planning.tekst) == (None, "Doorlopend")


@pytest.mark.parametrize("text", ["binnenkort", "Q5 2022", "31-02-2022", "2022-13", "x" * 41])
def test_text_that_is_no_date_or_period_is_refused(text: str) -> None:
    with pytest.raises(InvalidPlanning):
        parse_planning(text)

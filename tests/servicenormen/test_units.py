"""Which values each unit allows, and where a norm version may start (pure)."""

from datetime import date
from decimal import Decimal

import pytest

from app.core.periods import Granulariteit
from app.servicenormen.models import Eenheid
from app.servicenormen.rules import starts_a_period
from app.servicenormen.units import value_problem


@pytest.mark.parametrize(
    ("eenheid", "waarde"),
    [
        (Eenheid.percentage, "0"),
        (Eenheid.percentage, "100"),
        (Eenheid.percentage, "99.9999"),
        (Eenheid.aantal, "12"),
        (Eenheid.dagen, "3.5"),
        (Eenheid.uren, "0"),
        (Eenheid.score, "10"),
        (Eenheid.euro, "-1250.25"),
    ],
)
def test_values_within_the_unit_are_accepted(eenheid: Eenheid, waarde: str) -> None:
    assert value_problem(eenheid, Decimal(waarde)) is None


@pytest.mark.parametrize(
    ("eenheid", "waarde"),
    [
        (Eenheid.percentage, "100.0001"),
        (Eenheid.percentage, "-0.5"),
        (Eenheid.aantal, "2.5"),
        (Eenheid.aantal, "-1"),
        (Eenheid.dagen, "-1"),
        (Eenheid.uren, "1.00001"),
        (Eenheid.score, "10.5"),
        (Eenheid.euro, "10.001"),
        (Eenheid.euro, "Infinity"),
    ],
)
def test_values_outside_the_unit_are_refused(eenheid: Eenheid, waarde: str) -> None:
    assert value_problem(eenheid, Decimal(waarde)) is not None


@pytest.mark.parametrize(
    ("day", "frequentie", "expected"),
    [
        (date(2026, 4, 1), Granulariteit.kwartaal, True),
        (date(2026, 5, 1), Granulariteit.kwartaal, False),
        (date(2026, 5, 1), Granulariteit.maand, True),
        (date(2026, 7, 1), Granulariteit.halfjaar, True),
        (date(2026, 7, 1), Granulariteit.jaar, False),
        (date(2026, 1, 2), Granulariteit.jaar, False),
    ],
)
def test_a_version_starts_on_the_first_day_of_a_period(
    day: date, frequentie: Granulariteit, expected: bool
) -> None:
    assert starts_a_period(day, frequentie) is expected

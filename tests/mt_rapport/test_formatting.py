"""Dates, periods, amounts and long texts read the Dutch way."""

from datetime import date
from decimal import Decimal

import pytest

from app.mt_rapport.formatting import (
    bedrag,
    datum,
    getal,
    inkorten,
    meetwaarde,
    periode_kort,
    periode_label,
    procent,
)


def test_dates_are_written_out_in_dutch() -> None:
    assert datum(date(2026, 7, 15)) == "15 juli 2026"


@pytest.mark.parametrize(
    ("periode", "label", "kort"),
    [
        ("2026-H1", "1e halfjaar 2026", "H1'26"),
        ("2026-Q3", "3e kwartaal 2026", "Q3'26"),
        ("2026-09", "september 2026", "sep'26"),
        ("2026", "2026", "2026"),
        ("geen periode", "geen periode", "geen periode"),
    ],
)
def test_periods_have_a_label_and_a_short_label(periode: str, label: str, kort: str) -> None:
    assert periode_label(periode) == label
    assert periode_kort(periode) == kort


@pytest.mark.parametrize(
    ("waarde", "tekst"),
    [("12500000", "12.500.000"), ("91.5", "91,5"), ("91.50", "91,5"), ("7.25", "7,25"), ("0", "0")],
)
def test_numbers_use_dutch_separators(waarde: str, tekst: str) -> None:
    assert getal(Decimal(waarde)) == tekst


def test_amounts_are_whole_euros_with_their_sign() -> None:
    assert bedrag(Decimal("12900000.40")) == "€ 12.900.000"
    assert bedrag(Decimal(-300000)) == "-€ 300.000"


def test_percentages_can_carry_a_plus_sign() -> None:
    assert procent(Decimal("1.55"), met_teken=True) == "+1,6 %"
    assert procent(Decimal("-4.8"), met_teken=True) == "-4,8 %"
    assert procent(Decimal(5)) == "5 %"


@pytest.mark.parametrize(
    ("eenheid", "tekst"),
    [("percentage", "91,5 %"), ("dagen", "91,5 dagen"), ("uren", "91,5 uur"), ("aantal", "91,5")],
)
def test_measured_values_carry_their_unit(eenheid: str, tekst: str) -> None:
    assert meetwaarde(Decimal("91.5"), eenheid) == tekst


def test_long_text_is_cut_at_a_word_and_marked() -> None:
    tekst = inkorten("De uitvoering vindt plaats volgens planning en binnen budget.", 30)
    assert tekst == "De uitvoering vindt plaats…"
    assert len(tekst) <= 30


def test_a_long_word_is_cut_hard() -> None:
    assert inkorten("X" * 100, 10) == "X" * 9 + "…"


def test_short_text_stays_and_empty_text_is_empty() -> None:
    assert inkorten("  Op   koers ", 30) == "Op koers"
    assert inkorten(None, 30) == ""

"""The Wgr calendar of a financial year: pure, no database."""

from datetime import date

from app.wgr.calendar import (
    Bron,
    DocumentSoort,
    MaandDag,
    Moment,
    Status,
    status,
    termijnen,
    valid_month_day,
    vaststelling,
    zienswijze,
)


def due(jaar: int, eigen: dict[Moment, MaandDag] | None = None) -> dict[DocumentSoort, date]:
    return {row.soort: row.uiterlijk for row in termijnen(jaar, eigen or {})}


def test_default_dates_of_financial_year_2026() -> None:
    assert due(2026) == {
        DocumentSoort.KADERS: date(2025, 4, 30),
        DocumentSoort.ONTWERPBEGROTING: date(2025, 4, 8),  # 12 weeks before 1 July 2025
        DocumentSoort.BEGROTING: date(2025, 9, 14),
        DocumentSoort.VOORLOPIGE_JAARREKENING: date(2027, 4, 30),
        DocumentSoort.JAARREKENING: date(2027, 7, 14),
    }


def test_rows_come_in_the_order_they_fall_due() -> None:
    dates = [row.uiterlijk for row in termijnen(2026, {})]

    assert dates == sorted(dates)


def test_the_boards_own_date_moves_the_draft_budget_deadline() -> None:
    eigen = {Moment.VASTSTELLING_BEGROTING: MaandDag(9, 1)}

    rows = {row.soort: row for row in termijnen(2026, eigen)}

    assert vaststelling(2026, eigen) == date(2025, 9, 1)
    assert rows[DocumentSoort.ONTWERPBEGROTING].uiterlijk == date(2025, 6, 9)
    assert rows[DocumentSoort.ONTWERPBEGROTING].bron is Bron.AFGELEID


def test_a_regelings_own_date_overrides_the_law() -> None:
    eigen = {Moment.KADERS: MaandDag(3, 15), Moment.ONTWERPBEGROTING: MaandDag(4, 1)}

    rows = {row.soort: row for row in termijnen(2026, eigen)}

    assert rows[DocumentSoort.KADERS].uiterlijk == date(2025, 3, 15)
    assert rows[DocumentSoort.KADERS].bron is Bron.REGELING
    assert rows[DocumentSoort.ONTWERPBEGROTING].uiterlijk == date(2025, 4, 1)
    assert rows[DocumentSoort.JAARREKENING].bron is Bron.WET


def test_status_on_time_late_expected_overdue() -> None:
    deadline = date(2025, 4, 8)

    assert status(deadline, date(2025, 4, 8), date(2026, 1, 1)) is Status.OP_TIJD
    assert status(deadline, date(2025, 4, 9), date(2026, 1, 1)) is Status.TE_LAAT
    assert status(deadline, None, date(2025, 4, 8)) is Status.VERWACHT
    assert status(deadline, None, date(2025, 4, 9)) is Status.ACHTERSTALLIG


def test_zienswijze_runs_12_weeks_from_receipt_of_the_draft() -> None:
    late = zienswijze(date(2025, 4, 8), date(2025, 5, 6), date(2025, 7, 1))
    expected = zienswijze(date(2025, 4, 8), None, date(2025, 7, 1))

    assert late.uiterlijk == date(2025, 7, 29)
    assert late.voorlopig is False
    assert late.na_vaststelling is True
    assert expected.uiterlijk == date(2025, 7, 1)
    assert expected.voorlopig is True
    assert expected.na_vaststelling is False


def test_29_february_is_no_yearly_date() -> None:
    assert valid_month_day(2, 28)
    assert not valid_month_day(2, 29)
    assert not valid_month_day(4, 31)

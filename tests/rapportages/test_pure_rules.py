"""Validation of a push, timeliness and request fingerprints, without a database."""

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from app.core.periods import Granulariteit, Periode
from app.rapportages.idempotency import PROMISED_RETENTION, RETENTION, request_fingerprint
from app.rapportages.timeliness import Tijdigheid, deadline, periods_ending_within, tijdigheid
from app.rapportages.validation import MetingInput, metingen_problems
from app.servicenormen.models import Eenheid, Richting
from app.servicenormen.terms import NormTerms, VersieTerms

Q1 = Periode.parse("2026-Q1")
TODAY = date(2026, 12, 6)


def _norm(code: str, eenheid: Eenheid, frequentie: Granulariteit) -> NormTerms:
    version = VersieTerms(date(2025, 1, 1), Decimal(95), Decimal(5), Richting.hoger_is_beter)
    return NormTerms(uuid.uuid4(), code, code, eenheid, frequentie, (version,))


NORMS = {
    "INC": _norm("INC", Eenheid.percentage, Granulariteit.kwartaal),
    "P1": _norm("P1", Eenheid.aantal, Granulariteit.maand),
}


def test_a_valid_push_has_no_problems() -> None:
    metingen = [
        MetingInput("INC", None, Decimal("91.5")),
        MetingInput("P1", Periode.parse("2026-02"), Decimal(3)),
    ]

    assert metingen_problems(Q1, metingen, NORMS, TODAY) == []


def test_every_bad_measurement_is_named() -> None:
    metingen = [
        MetingInput("NOPE", None, Decimal(1)),
        MetingInput("P1", None, Decimal(1)),  # a quarter for a monthly norm
        MetingInput("INC", None, Decimal(101)),
        MetingInput("INC", None, Decimal(90)),  # INC for 2026-Q1 twice
        MetingInput("P1", Periode.parse("2026-04"), Decimal("1.5")),  # outside Q1, not whole
    ]

    names = [problem.name for problem in metingen_problems(Q1, metingen, NORMS, TODAY)]

    assert names == [
        "metingen[0].normCode",
        "metingen[1].periode",
        "metingen[2].waarde",
        "metingen[3].normCode",
        "metingen[4].periode",
        "metingen[4].waarde",
    ]


def test_a_period_before_the_norm_was_in_force_is_refused() -> None:
    problems = metingen_problems(
        Periode.parse("2024-Q4"), [MetingInput("INC", None, Decimal(99))], NORMS, TODAY
    )

    assert [problem.name for problem in problems] == ["metingen[0].periode"]
    assert "2025-01-01" in problems[0].reason


def test_the_deadline_is_the_term_after_the_last_day() -> None:
    assert deadline(Q1, 30) == date(2026, 4, 30)


@pytest.mark.parametrize(
    ("received", "today", "expected"),
    [
        (datetime(2026, 4, 30, 21, 59, tzinfo=UTC), date(2026, 6, 1), Tijdigheid.op_tijd),
        # 22:00 UTC on 30 April is already 1 May in Amsterdam
        (datetime(2026, 4, 30, 22, 0, tzinfo=UTC), date(2026, 6, 1), Tijdigheid.te_laat),
        (None, date(2026, 4, 30), Tijdigheid.verwacht),
        (None, date(2026, 5, 1), Tijdigheid.ontbrekend),
    ],
)
def test_timeliness_of_a_period(
    received: datetime | None, today: date, expected: Tijdigheid
) -> None:
    assert tijdigheid(Q1, 30, received, today) is expected


def test_periods_count_in_the_range_in_which_they_end() -> None:
    h2 = Periode.parse("2026-H2")

    assert [str(p) for p in periods_ending_within(Granulariteit.kwartaal, h2, h2)] == [
        "2026-Q3",
        "2026-Q4",
    ]
    assert [str(p) for p in periods_ending_within(Granulariteit.jaar, h2, h2)] == ["2026"]
    assert periods_ending_within(Granulariteit.jaar, Periode.parse("2026-H1"), Q1) == []


def test_equal_requests_have_equal_fingerprints_and_others_differ() -> None:
    party = uuid.uuid4()
    body = {"periode": "2026-Q1", "metingen": [{"normCode": "INC", "waarde": 91.5}]}
    reordered = {"metingen": [{"waarde": 91.5, "normCode": "INC"}], "periode": "2026-Q1"}

    assert request_fingerprint(party, body) == request_fingerprint(party, reordered)
    assert request_fingerprint(party, body) != request_fingerprint(uuid.uuid4(), body)
    assert request_fingerprint(party, body) != request_fingerprint(party, {**body, "soort": "x"})


def test_keys_are_kept_at_least_24_hours() -> None:
    assert RETENTION >= PROMISED_RETENTION
    assert PROMISED_RETENTION.total_seconds() == 24 * 3600

"""The dashboard's pure rules, and the SQL twin of the outcome rule."""

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import literal, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.db import str_enum
from app.dashboard.attention import Reden, Signalen, redenen
from app.dashboard.rules import (
    NormTrend,
    RondeStand,
    Wijziging,
    aandeel_gehaald,
    norm_trend,
    ronde_stand,
    wgr_stand,
    wijziging,
)
from app.dashboard.sql import uitkomst_sql
from app.servicenormen.models import NormValue, Richting
from app.servicenormen.outcomes import uitkomst
from app.voortgang.content import Oordeel
from app.voortgang.workflow import RapportageStatus
from app.wgr.calendar import DocumentSoort, MaandDag, Moment

PLUS, IS, MIN = Oordeel.BETER, Oordeel.OP_KOERS, Oordeel.ACHTER


@pytest.mark.parametrize(
    ("nu", "voor", "expected"),
    [
        (PLUS, IS, Wijziging.VERBETERD),
        (IS, MIN, Wijziging.VERBETERD),
        (MIN, PLUS, Wijziging.VERSLECHTERD),
        (IS, IS, Wijziging.GELIJK),
        (IS, None, None),
        (None, IS, None),
    ],
)
def test_a_rating_is_compared_with_the_one_before(
    nu: Oordeel | None, voor: Oordeel | None, expected: Wijziging | None
) -> None:
    assert wijziging(nu, voor) is expected


def test_the_share_is_rounded_to_one_decimal() -> None:
    assert aandeel_gehaald(2, 3) == Decimal("66.7")
    assert aandeel_gehaald(0, 0) is None


@pytest.mark.parametrize(
    ("latest", "earlier", "expected"),
    [
        (Decimal(90), [Decimal(80), None, Decimal(84)], NormTrend.STIJGEND),
        (Decimal(80), [Decimal(82), Decimal(83)], NormTrend.GELIJK),
        (Decimal("79.9"), [Decimal("82.5")], NormTrend.DALEND),
        (Decimal(80), [Decimal("82.5")], NormTrend.GELIJK),  # 2.5 points is still gelijk
        (Decimal(80), [None, None, None], None),
        (None, [Decimal(80)], None),
    ],
)
def test_the_norm_trend_compares_with_the_mean_of_the_quarters_before(
    latest: Decimal | None, earlier: list[Decimal | None], expected: NormTrend | None
) -> None:
    assert norm_trend(latest, earlier) is expected


DEADLINE = date(2026, 1, 31)
SUBMITTED = datetime(2026, 1, 20, tzinfo=UTC)


def test_a_missing_report_is_late_only_after_the_deadline() -> None:
    before = ronde_stand(None, False, None, True, DEADLINE, date(2026, 1, 31))
    after = ronde_stand(None, False, None, True, DEADLINE, date(2026, 2, 1))

    assert (before.stand, before.te_laat) == (RondeStand.ONTBREEKT, False)
    assert (after.stand, after.te_laat) == (RondeStand.ONTBREEKT, True)


def test_a_submitted_report_keeps_the_lateness_of_its_submission() -> None:
    on_time = ronde_stand(
        RapportageStatus.INGEDIEND, False, SUBMITTED, True, DEADLINE, date(2026, 3, 1)
    )
    returned = ronde_stand(
        RapportageStatus.TERUGGESTUURD, True, SUBMITTED, True, DEADLINE, date(2026, 3, 1)
    )

    assert (on_time.stand, on_time.te_laat) == (RondeStand.INGEDIEND, False)
    assert (returned.stand, returned.te_laat) == (RondeStand.TERUGGESTUURD, True)


def test_a_draft_after_the_deadline_is_late() -> None:
    result = ronde_stand(RapportageStatus.CONCEPT, False, None, True, DEADLINE, date(2026, 2, 2))

    assert (result.stand, result.te_laat) == (RondeStand.CONCEPT, True)


def test_a_tier_the_round_does_not_ask_is_never_late() -> None:
    result = ronde_stand(None, False, None, False, DEADLINE, date(2026, 3, 1))

    assert (result.stand, result.te_laat) == (RondeStand.NIET_GEVRAAGD, False)


def test_without_a_round_nothing_is_late() -> None:
    result = ronde_stand(None, False, None, True, None, date(2026, 3, 1))

    assert result.te_laat is False


def test_the_next_wgr_document_is_the_first_still_to_come() -> None:
    stand = wgr_stand({}, {}, date(2026, 5, 1))

    # the law's dates: the adopted accounts of 2025 to the province by 14 July 2026
    assert (stand.volgende_soort, stand.volgende_datum) == (
        DocumentSoort.JAARREKENING,
        date(2026, 7, 14),
    )


def test_wgr_documents_due_in_the_last_year_and_not_received_are_overdue() -> None:
    received = {(DocumentSoort.VOORLOPIGE_JAARREKENING, 2025): date(2026, 4, 20)}

    stand = wgr_stand({Moment.KADERS: MaandDag(3, 31)}, received, date(2026, 5, 1))

    # due from 1 May 2025 and missing: the accounts 2024 (14 July 2025), the budget 2026
    # (14 September 2025), the kaders 2027 (31 March 2026, the regeling's own date) and the
    # draft budget 2027 (8 April 2026); the provisional accounts 2025 arrived on time
    assert stand.achterstallig == 4


NOTHING = Signalen(False, False, None, 0, False, 0, None, 0)


def test_nothing_wrong_needs_no_attention() -> None:
    assert redenen(NOTHING) == []


def test_every_reason_is_named_in_a_fixed_order() -> None:
    everything = Signalen(True, True, Decimal("79.9"), 1, True, 1, 15, 1, kengetallen_rood=1)

    assert redenen(everything) == list(Reden)


def test_eighty_percent_met_and_a_score_of_14_need_no_attention() -> None:
    signals = Signalen(False, False, Decimal(80), 0, False, 0, 14, 0)

    assert redenen(signals) == []


VALUES = ["0", "84.9999", "85", "89.9999", "90", "90.0001", "95", "95.4", "100", "90.3"]
TARGETS = [("90", "5"), ("95.4", "5.1"), ("90", "0"), ("85", "5")]


async def test_the_sql_outcome_is_the_pure_outcome(session: AsyncSession) -> None:
    """Boundaries included, on SQLite (REAL) and PostgreSQL (NUMERIC) alike."""
    cases = [
        (Decimal(waarde), Decimal(doel), Decimal(tol), richting)
        for waarde in VALUES
        for doel, tol in TARGETS
        for richting in Richting
    ]
    for waarde, doel, tol, richting in cases:
        expression = uitkomst_sql(
            literal(waarde, NormValue()),
            literal(doel, NormValue()),
            literal(tol, NormValue()),
            literal(richting, str_enum(Richting, "richting")),
        )
        in_sql = (await session.execute(select(expression))).scalar_one()
        assert in_sql == uitkomst(waarde, doel, tol, richting).value, (waarde, doel, tol, richting)

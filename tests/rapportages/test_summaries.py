"""The functions the status report and the dashboard call, on the demo data."""

from datetime import date
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.periods import Periode
from app.rapportages.summaries import norm_outcomes_for_period, timeliness_for_period
from tests.conftest import DemoIds

H2_2025, H1_2026, H2_2026 = (Periode.parse(p) for p in ("2025-H2", "2026-H1", "2026-H2"))


async def test_norm_outcomes_judge_each_norms_latest_measurement_in_the_period(
    session: AsyncSession, demo: DemoIds
) -> None:
    summary = await norm_outcomes_for_period(session, demo.party("De Connectie"), H1_2026)

    by_code = {
        norm.code: (str(norm.periode), norm.waarde, norm.uitkomst) for norm in summary.normen
    }
    assert by_code == {
        "BESCHIKBAARHEID": ("2026-Q2", Decimal("99.9"), "gehaald"),
        "INC-8U": ("2026-Q2", Decimal("97.4"), "gehaald"),
        "KTO": ("2026-H1", Decimal("7.8"), "gehaald"),
        "STORING-P1": ("2026-Q2", Decimal(0), "gehaald"),
        "WIJZIGING-DLT": ("2026-Q2", Decimal(16), "niet_gehaald"),
    }
    counts = (summary.gehaald, summary.aandacht, summary.niet_gehaald, summary.zonder_meting)
    assert counts == (4, 0, 1, 0)
    assert summary.aandeel_gehaald == 80


async def test_norm_outcomes_of_2025_h2_use_the_versions_in_force_then(
    session: AsyncSession, demo: DemoIds
) -> None:
    summary = await norm_outcomes_for_period(session, demo.party("De Connectie"), H2_2025)

    # INC-8U 96.2 meets the 2025 target of 95 (not 2026's 97).
    inc = next(norm for norm in summary.normen if norm.code == "INC-8U")
    assert (inc.waarde, inc.uitkomst) == (Decimal("96.2"), "gehaald")
    assert (summary.gehaald, summary.aandacht, summary.niet_gehaald) == (1, 4, 0)
    assert summary.aandeel_gehaald == 20


async def test_norm_outcomes_without_measurements_have_no_share(
    session: AsyncSession, demo: DemoIds
) -> None:
    summary = await norm_outcomes_for_period(session, demo.party("Duo+"), Periode.parse("2024-H1"))

    assert summary.zonder_meting == 3
    assert summary.aandeel_gehaald is None
    assert all(norm.uitkomst is None and norm.periode is None for norm in summary.normen)


async def test_timeliness_for_a_period_counts_on_time_and_late(
    session: AsyncSession, demo: DemoIds
) -> None:
    summary = await timeliness_for_period(
        session, demo.party("De Connectie"), H2_2025, date(2026, 11, 1)
    )

    assert summary.aantallen.model_dump() == {
        "verwacht": 0,
        "op_tijd": 4,
        "te_laat": 5,
        "ontbrekend": 0,
    }
    assert summary.op_tijd is False


async def test_timeliness_expects_reports_until_the_deadline_and_then_misses_them(
    session: AsyncSession, demo: DemoIds
) -> None:
    party = demo.party("Duo+")

    before = await timeliness_for_period(session, party, H2_2026, date(2026, 10, 30))
    after = await timeliness_for_period(session, party, H2_2026, date(2026, 10, 31))

    assert (before.aantallen.verwacht, before.aantallen.ontbrekend) == (6, 0)
    assert before.op_tijd is True
    assert (after.aantallen.verwacht, after.aantallen.ontbrekend) == (3, 3)
    assert after.op_tijd is False

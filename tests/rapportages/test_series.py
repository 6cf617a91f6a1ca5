"""`norm_series_of_parties`: the recent course of every norm of many parties, in bulk."""

from datetime import date
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from app.rapportages.series import norm_series_of_parties
from app.servicenormen.outcomes import Uitkomst
from tests.conftest import DemoIds, QueryCounter


async def test_series_hold_each_partys_norms_with_their_current_points_up_to_the_end(
    session: AsyncSession, demo: DemoIds
) -> None:
    connectie, duo = demo.party("De Connectie"), demo.party("Duo+")

    series = await norm_series_of_parties(
        session, [connectie, duo], date(2023, 1, 1), date(2026, 6, 30), 8
    )

    inc = next(reeks for reeks in series[connectie] if reeks.norm.code == "INC-8U")
    # 2026-Q3 ends after the half-year; 2026-Q1 is its corrected revision (95.5, not 91.0).
    assert [(str(p.periode), p.waarde) for p in inc.punten] == [
        ("2025-Q3", Decimal("93.1")),
        ("2025-Q4", Decimal("96.2")),
        ("2026-Q1", Decimal("95.5")),
        ("2026-Q2", Decimal("97.4")),
    ]
    assert inc.punten[-1].uitkomst is Uitkomst.gehaald
    assert {reeks.norm.code for reeks in series[duo]} >= {"KCC-30S", "WMO-8W", "BZ-WACHT"}
    assert all(reeks.norm.verbonden_partij_id == duo for reeks in series[duo])


async def test_series_keep_only_the_latest_points(session: AsyncSession, demo: DemoIds) -> None:
    connectie = demo.party("De Connectie")

    series = await norm_series_of_parties(
        session, [connectie], date(2023, 1, 1), date(2026, 12, 31), 2
    )

    inc = next(reeks for reeks in series[connectie] if reeks.norm.code == "INC-8U")
    assert [str(p.periode) for p in inc.punten] == ["2026-Q2", "2026-Q3"]


async def test_series_take_three_queries_whatever_the_number_of_parties(
    session: AsyncSession, demo: DemoIds, queries: QueryCounter
) -> None:
    await norm_series_of_parties(
        session, [demo.party("De Connectie")], date(2023, 1, 1), date(2026, 6, 30), 8
    )
    one = queries.count
    await norm_series_of_parties(
        session,
        [demo.party("De Connectie"), demo.party("Duo+")],
        date(2023, 1, 1),
        date(2026, 6, 30),
        8,
    )

    assert queries.count - one == one == 3

"""The improvement plan as the status report's prefill and the dashboard read it."""

from datetime import date, timedelta

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import today
from app.verbeterplan.summaries import action_summary, overdue_actions_of_plan
from tests.auth_headers import REGIEVOERDER_ARNHEM
from tests.conftest import DemoIds
from tests.verbeterplan.helpers import aanbeveling


async def test_action_summary_counts_open_and_overdue_actions_of_the_partys_plan(
    session: AsyncSession, demo: DemoIds
) -> None:
    summary = await action_summary(
        session, demo.organisation("Arnhem"), demo.party("De Connectie"), date(2026, 11, 23)
    )

    # C's action (2025, in uitvoering), 4's (Q2 2027) and 9's (Q3 2027); A is not linked
    assert (summary.open, summary.achterstallig) == (3, 1)
    overdue = summary.achterstallige_acties[0]
    assert (overdue.aanbeveling_code, overdue.planning, overdue.eigenaar) == (
        "C",
        date(2025, 12, 31),
        "Regievoerder De Connectie",
    )


async def test_action_summary_is_as_of_the_given_day(session: AsyncSession, demo: DemoIds) -> None:
    summary = await action_summary(
        session, demo.organisation("Arnhem"), demo.party("De Connectie"), date(2025, 6, 30)
    )

    assert summary.achterstallig == 0


async def test_action_summary_follows_new_overdue_actions(
    client: AsyncClient, session: AsyncSession, demo: DemoIds
) -> None:
    found = await aanbeveling(client, "10")
    await client.post(
        f"/aanbevelingen/{found['id']}/acties",
        headers=REGIEVOERDER_ARNHEM,
        json={
            "omschrijving": "Budgetoverleg",
            "planning": (today() - timedelta(days=3)).isoformat(),
        },
    )

    summary = await action_summary(
        session, demo.organisation("Arnhem"), demo.party("De Connectie"), today()
    )

    assert "Budgetoverleg" in [action.omschrijving for action in summary.achterstallige_acties]


async def test_action_summary_is_private_to_the_municipality(
    session: AsyncSession, demo: DemoIds
) -> None:
    summary = await action_summary(
        session, demo.organisation("Renkum"), demo.party("De Connectie"), date(2026, 11, 23)
    )

    assert (summary.open, summary.achterstallig, summary.achterstallige_acties) == (0, 0, [])


async def test_overdue_actions_of_the_plan_list_every_party_of_their_recommendation(
    session: AsyncSession, demo: DemoIds
) -> None:
    found = await overdue_actions_of_plan(session, demo.organisation("Arnhem"), date(2027, 12, 1))

    # C's (2025), 4's (Q2 2027) and 9's (Q3 2027), soonest due first; A's action is done.
    assert [actie.aanbeveling_code for actie in found] == ["C", "4", "9"]
    assert [p.naam for p in found[0].verbonden_partijen] == ["De Connectie"]
    assert found[0].aanbeveling_tekst.startswith("Verbeter de beheersstructuur")


async def test_overdue_actions_of_the_plan_are_the_municipalitys_own(
    session: AsyncSession, demo: DemoIds
) -> None:
    found = await overdue_actions_of_plan(session, demo.organisation("Renkum"), date(2027, 12, 1))

    assert found == []

"""The largest risks, as the dashboard reads them."""

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.risicos.summaries import largest_risks
from tests.auth_headers import REGIEVOERDER_ARNHEM
from tests.conftest import DemoIds


async def test_largest_risks_rank_by_score_then_financial_exposure(
    session: AsyncSession, demo: DemoIds
) -> None:
    risks = await largest_risks(session, demo.organisation("Arnhem"), demo.party("De Connectie"))

    assert [(risk.score, risk.financiele_omvang) for risk in risks] == [(12, 420000), (12, 150000)]


async def test_largest_risks_leave_out_lapsed_risks_and_respect_the_limit(
    client: AsyncClient, session: AsyncSession, demo: DemoIds
) -> None:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/risicos"
    for kans in (1, 5):
        await client.post(
            url,
            headers=REGIEVOERDER_ARNHEM,
            json={"omschrijving": f"R{kans}", "kans": kans, "impact": 5},
        )
    await client.post(
        url,
        headers=REGIEVOERDER_ARNHEM,
        json={"omschrijving": "Oud", "kans": 5, "impact": 5, "status": "vervallen"},
    )

    risks = await largest_risks(
        session, demo.organisation("Arnhem"), demo.party("De Connectie"), limit=2
    )

    assert risks[0].omschrijving == "R5"
    assert len(risks) == 2
    assert "Oud" not in [risk.omschrijving for risk in risks]


async def test_largest_risks_are_private_to_the_municipality(
    session: AsyncSession, demo: DemoIds
) -> None:
    risks = await largest_risks(session, demo.organisation("Renkum"), demo.party("De Connectie"))

    assert risks == []

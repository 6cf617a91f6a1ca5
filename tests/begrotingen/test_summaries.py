"""`deviation_summary`: the public function the status reports prefill their flags from."""

from decimal import Decimal

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.begrotingen.deviations import AandeelBron
from app.begrotingen.summaries import deviation_summary
from tests.auth_headers import BEHEERDER_RENKUM
from tests.conftest import DemoIds


async def test_deviation_summary_gives_the_three_flags_and_the_own_share(
    session: AsyncSession, demo: DemoIds
) -> None:
    summary = await deviation_summary(
        session, demo.organisation("Arnhem"), demo.party("De Connectie"), 2026
    )

    assert summary is not None
    assert summary.afwijking_begroting is True
    assert summary.afwijking_investering is True
    assert summary.afwijking_exploitatie is True
    assert summary.eigen_aandeel is not None
    assert summary.eigen_aandeel.bron is AandeelBron.BIJDRAGEN
    assert summary.eigen_aandeel.prognose == Decimal("-102000.00")
    assert summary.toelichting() is not None
    assert "prognose lasten +€ 200.000,00 (1,55 %)" in (summary.toelichting() or "")


async def test_deviation_summary_is_none_without_a_budget(
    session: AsyncSession, demo: DemoIds
) -> None:
    summary = await deviation_summary(
        session, demo.organisation("Arnhem"), demo.party("De Connectie"), 2019
    )

    assert summary is None


async def test_deviation_summary_without_counting_deviations_has_no_flags(
    session: AsyncSession, demo: DemoIds
) -> None:
    summary = await deviation_summary(
        session, demo.organisation("Diemen"), demo.party("Duo+"), 2026
    )

    assert summary is not None
    assert not summary.afwijking_begroting
    assert not summary.afwijking_investering
    assert not summary.afwijking_exploitatie
    assert summary.toelichting() is None


async def test_deviation_summary_judges_against_that_municipalitys_thresholds(
    client: AsyncClient, session: AsyncSession, demo: DemoIds
) -> None:
    await client.put(
        "/afwijkingsdrempels",
        headers=BEHEERDER_RENKUM,
        json={"bedrag": 1000000, "percentage": 50},
    )

    renkum = await deviation_summary(
        session, demo.organisation("Renkum"), demo.party("De Connectie"), 2026
    )
    arnhem = await deviation_summary(
        session, demo.organisation("Arnhem"), demo.party("De Connectie"), 2026
    )

    assert renkum is not None
    assert arnhem is not None
    assert renkum.afwijking_begroting is False
    assert renkum.afwijking_exploitatie is True  # −150,000 is −60 % of a −250,000 balance
    assert arnhem.afwijking_begroting is True


async def test_deviation_summary_explains_each_raised_flag_by_its_own_deviations(
    session: AsyncSession, demo: DemoIds
) -> None:
    summary = await deviation_summary(
        session, demo.organisation("Arnhem"), demo.party("De Connectie"), 2026
    )

    assert summary is not None
    toelichtingen = summary.toelichtingen()
    assert toelichtingen["afwijking_investering"] == (
        "Begroting 2026, boven de drempel: prognose investeringen +€ 150.000,00 (18,75 %)."
    )
    assert "investeringen" not in toelichtingen["afwijking_begroting"]
    assert "prognose lasten +€ 200.000,00" in toelichtingen["afwijking_begroting"]
    assert toelichtingen["afwijking_exploitatie"].endswith(
        "prognose saldo −€ 150.000,00 (-60,00 %)."
    )


async def test_deviation_summary_explains_nothing_without_raised_flags(
    session: AsyncSession, demo: DemoIds
) -> None:
    summary = await deviation_summary(
        session, demo.organisation("Diemen"), demo.party("Duo+"), 2026
    )

    assert summary is not None
    assert summary.toelichtingen() == {}

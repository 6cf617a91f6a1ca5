"""The overview computes in bulk what the domains' per-party summaries compute one by one:
for every demo party of every municipality, both give the same answer."""

import uuid
from decimal import Decimal
from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.begrotingen.summaries import deviation_summary
from app.core.clock import today
from app.core.periods import Periode
from app.rapportages.summaries import norm_outcomes_for_period
from app.rapportages.timeliness import deadline
from app.risicos.scoring import score
from app.risicos.summaries import largest_risks
from app.verbeterplan.summaries import action_summary
from tests.auth_headers import as_
from tests.conftest import DemoIds
from tests.dashboard.helpers import overview

MUNICIPALITIES = {"Arnhem": "mt-arnhem", "Renkum": "mt-renkum", "Diemen": "mt-diemen"}


async def _rows(client: AsyncClient, gemeente: str) -> list[dict[str, Any]]:
    return await overview(client, as_(MUNICIPALITIES[gemeente]))


def _share(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


@pytest.mark.parametrize("gemeente", list(MUNICIPALITIES))
async def test_norm_shares_agree_with_norm_outcomes_for_period(
    client: AsyncClient, session: AsyncSession, gemeente: str
) -> None:
    for row in await _rows(client, gemeente):
        if row["normPeriode"] is None:
            continue
        quarter = Periode.parse(row["normPeriode"])
        for key in ("aandeelNormenGehaald", "aandeelNormenGehaald1KwartaalEerder"):
            summary = await norm_outcomes_for_period(
                session, uuid.UUID(row["verbondenPartijId"]), quarter
            )
            assert row[key] == _share(summary.aandeel_gehaald), (row["naam"], key)
            quarter = quarter.previous()


@pytest.mark.parametrize("gemeente", list(MUNICIPALITIES))
async def test_budget_columns_agree_with_deviation_summary(
    client: AsyncClient, session: AsyncSession, demo: DemoIds, gemeente: str
) -> None:
    organisatie = demo.organisation(gemeente)
    for row in await _rows(client, gemeente):
        summary = await deviation_summary(
            session, organisatie, uuid.UUID(row["verbondenPartijId"]), row["begrotingJaar"]
        )
        if summary is None:
            assert row["afwijkingBegroting"] is None
            continue
        assert row["afwijkingBegroting"] == summary.afwijking_begroting
        assert row["afwijkingInvestering"] == summary.afwijking_investering
        assert row["afwijkingExploitatie"] == summary.afwijking_exploitatie
        eigen = summary.eigen_aandeel
        assert row["eigenAandeelPercentage"] == (_share(eigen.percentage) if eigen else None)
        if eigen is not None and row["begrotingVergelijking"]:
            expected = getattr(eigen, row["begrotingVergelijking"])
            assert row["eigenAandeelAfwijking"] == _share(expected)


@pytest.mark.parametrize("gemeente", list(MUNICIPALITIES))
async def test_action_counts_agree_with_action_summary(
    client: AsyncClient, session: AsyncSession, demo: DemoIds, gemeente: str
) -> None:
    organisatie = demo.organisation(gemeente)
    for row in await _rows(client, gemeente):
        summary = await action_summary(
            session, organisatie, uuid.UUID(row["verbondenPartijId"]), today()
        )
        assert (row["actiesOpen"], row["actiesAchterstallig"]) == (
            summary.open,
            summary.achterstallig,
        )


@pytest.mark.parametrize("gemeente", list(MUNICIPALITIES))
async def test_the_largest_risk_agrees_with_largest_risks(
    client: AsyncClient, session: AsyncSession, demo: DemoIds, gemeente: str
) -> None:
    organisatie = demo.organisation(gemeente)
    for row in await _rows(client, gemeente):
        risks = await largest_risks(
            session, organisatie, uuid.UUID(row["verbondenPartijId"]), limit=100
        )
        assert row["aantalRisicos"] == len(risks)
        if risks:
            assert row["grootsteRisico"] == risks[0].omschrijving
            assert row["grootsteRisicoScore"] == score(risks[0].kans, risks[0].impact)


@pytest.mark.parametrize("gemeente", list(MUNICIPALITIES))
async def test_timeliness_agrees_with_the_tijdigheid_endpoint(
    client: AsyncClient, gemeente: str
) -> None:
    headers = as_(MUNICIPALITIES[gemeente])
    current = Periode.half_year_of(today())
    window = {"van": str(current.previous()), "tot": str(current)}
    for row in await _rows(client, gemeente):
        response = await client.get(
            f"/verbonden-partijen/{row['verbondenPartijId']}/tijdigheid",
            headers=headers,
            params=window,
        )
        counts = response.json()["aantallen"]
        assert (row["aantalTeLaat"], row["aantalOntbrekend"]) == (
            counts["teLaat"],
            counts["ontbrekend"],
        ), row["naam"]
        if response.json()["regels"]:
            assert row["rapportagesOpTijd"] == response.json()["opTijd"]


async def test_a_missing_report_counts_once_its_deadline_has_passed(client: AsyncClient) -> None:
    """Duo+ did not report 2026-Q3 (demo); its deadline is 30 days after the quarter."""
    row = next(row for row in await _rows(client, "Diemen") if row["naam"] == "Duo+")

    if today() > deadline(Periode.parse("2026-Q3"), 30):
        assert row["rapportagesOpTijd"] is False
        assert row["aantalOntbrekend"] > 0
        assert "tijdigheid" in row["aandachtRedenen"]
    else:
        assert row["aantalOntbrekend"] == 0

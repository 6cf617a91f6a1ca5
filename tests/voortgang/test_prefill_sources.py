"""The prefill sources other domains feed: norms, timeliness, budget, actions, risks."""

from httpx import AsyncClient

from tests.auth_headers import BEHEERDER_RENKUM, REGIEVOERDER_ARNHEM, REGIEVOERDER_RENKUM
from tests.conftest import DemoIds
from tests.voortgang.steps import draft

RENKUM_RISK = {
    "omschrijving": "Renkum: uitval van de koppeling met het zaaksysteem",
    "kans": 5,
    "impact": 5,
    "financieleOmvang": 90000,
}


async def test_draft_flags_are_prefilled_from_the_budget(
    client: AsyncClient, demo: DemoIds
) -> None:
    report = (await draft(client, demo)).json()

    assert report["afwijkingBegroting"]["afwijking"] is True
    assert report["afwijkingInvestering"]["afwijking"] is True
    assert report["afwijkingExploitatie"]["afwijking"] is True
    assert report["afwijkingBegroting"]["toelichting"].startswith("Begroting 2026")
    assert "prognose lasten +€ 200.000,00 (1,55 %)" in report["afwijkingBegroting"]["toelichting"]
    assert "prognose saldo −€ 150.000,00" in report["afwijkingExploitatie"]["toelichting"]


async def test_draft_flags_follow_the_municipalitys_own_thresholds(
    client: AsyncClient, demo: DemoIds
) -> None:
    thresholds = {"bedrag": 1000000, "percentage": 50}
    await client.put("/afwijkingsdrempels", headers=BEHEERDER_RENKUM, json=thresholds)

    report = (await draft(client, demo, headers=REGIEVOERDER_RENKUM)).json()

    assert report["afwijkingBegroting"] == {"afwijking": False, "toelichting": None}
    assert report["afwijkingInvestering"] == {"afwijking": False, "toelichting": None}
    assert report["afwijkingExploitatie"]["afwijking"] is True  # −60 % of the balance
    signalering = report["snapshot"]["bronnen"]["begroting"]["signalering"]
    assert signalering["drempels"] == {"bedrag": 1000000, "percentage": 50}


async def test_draft_without_a_budget_of_the_year_leaves_the_flags_open(
    client: AsyncClient, demo: DemoIds
) -> None:
    report = (await draft(client, demo, "2024-H1")).json()

    assert "begroting" not in report["snapshot"]["bronnen"]
    assert report["afwijkingBegroting"] == {"afwijking": None, "toelichting": None}


async def test_snapshot_holds_only_the_own_municipalitys_actions_and_risks(
    client: AsyncClient, demo: DemoIds
) -> None:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/risicos"
    created = await client.post(url, headers=REGIEVOERDER_RENKUM, json=RENKUM_RISK)
    assert created.status_code == 201, created.text

    renkum = (await draft(client, demo, headers=REGIEVOERDER_RENKUM)).json()["snapshot"]
    arnhem = (await draft(client, demo, headers=REGIEVOERDER_ARNHEM)).json()["snapshot"]

    # Arnhem's improvement plan and risks are private to Arnhem; Renkum's risk to Renkum.
    assert renkum["bronnen"]["acties"] == {
        "open": 0,
        "achterstallig": 0,
        "achterstalligeActies": [],
    }
    assert [r["omschrijving"] for r in renkum["bronnen"]["risicos"]["grootste"]] == [
        RENKUM_RISK["omschrijving"]
    ]
    assert arnhem["bronnen"]["acties"]["open"] == 3
    arnhem_risks = [r["omschrijving"] for r in arnhem["bronnen"]["risicos"]["grootste"]]
    assert len(arnhem_risks) == 2
    assert RENKUM_RISK["omschrijving"] not in arnhem_risks


async def test_snapshot_norms_and_timeliness_are_the_partys_shared_figures(
    client: AsyncClient, demo: DemoIds
) -> None:
    renkum = (await draft(client, demo, headers=REGIEVOERDER_RENKUM)).json()["snapshot"]
    arnhem = (await draft(client, demo, headers=REGIEVOERDER_ARNHEM)).json()["snapshot"]

    assert renkum["bronnen"]["normen"] == arnhem["bronnen"]["normen"]
    assert renkum["bronnen"]["tijdigheid"] == arnhem["bronnen"]["tijdigheid"]


async def test_snapshot_timeliness_shows_a_late_partner_report(
    client: AsyncClient, demo: DemoIds
) -> None:
    # De Connectie delivered 2025-Q4 on 16 February 2026, after its deadline of 30 January.
    report = (await draft(client, demo, "2025-H2", headers=REGIEVOERDER_RENKUM)).json()

    tijdigheid = report["snapshot"]["bronnen"]["tijdigheid"]
    assert tijdigheid["opTijd"] is False
    late = {r["periode"] for r in tijdigheid["regels"] if r["status"] == "te_laat"}
    assert "2025-Q4" in late

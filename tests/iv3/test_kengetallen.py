"""A party's key ratios: per report period from its latest deliveries, with the trend, judged
against the municipality's signal values (GTK 2020 by default)."""

from decimal import Decimal
from typing import Any

from httpx import AsyncClient

from app.iv3.kengetallen import DEFAULTS, Categorie, as_percentage, judge, period_order
from tests.auth_headers import BEHEERDER_ARNHEM, BEHEERDER_RENKUM, MT_ARNHEM, PARTNER_DE_CONNECTIE
from tests.conftest import DemoIds
from tests.iv3.bestanden import JAARREKENING_2026, as_bytes, changed

CONNECTIE = "De Connectie"


async def deliver(client: AsyncClient, demo: DemoIds, document: Any) -> None:
    response = await client.post(
        f"/verbonden-partijen/{demo.party(CONNECTIE)}/iv3-leveringen",
        params={"eenheid": "euro"},
        content=as_bytes(document),
        headers={**BEHEERDER_ARNHEM, "Content-Type": "application/json"},
    )
    assert response.status_code in (200, 201), response.text


async def ratios(client: AsyncClient, demo: DemoIds, headers: dict[str, str]) -> dict[str, Any]:
    response = await client.get(
        f"/verbonden-partijen/{demo.party(CONNECTIE)}/kengetallen", headers=headers
    )
    assert response.status_code == 200, response.text
    return {k["kengetal"]: k for k in response.json()["kengetallen"]}


def test_netto_schuldquote_above_130_percent_is_category_c() -> None:
    assert judge(Decimal("130.1"), DEFAULTS["fk.1"]) is Categorie.C
    assert judge(Decimal(130), DEFAULTS["fk.1"]) is Categorie.B
    assert judge(Decimal("89.9"), DEFAULTS["fk.1"]) is Categorie.A


def test_solvabiliteit_below_20_percent_is_category_c() -> None:
    assert judge(Decimal("19.9"), DEFAULTS["fk.3"]) is Categorie.C
    assert judge(Decimal(20), DEFAULTS["fk.3"]) is Categorie.B
    assert judge(Decimal("50.1"), DEFAULTS["fk.3"]) is Categorie.A


def test_a_negative_structural_operating_margin_is_category_c() -> None:
    assert judge(Decimal("-0.1"), DEFAULTS["fk.4"]) is Categorie.C
    assert judge(Decimal(0), DEFAULTS["fk.4"]) is Categorie.B


def test_values_read_as_written_with_a_comma_or_a_percent_sign() -> None:
    assert as_percentage("85,3") == Decimal("85.3")
    assert as_percentage(" 85.3 % ") == Decimal("85.3")
    assert as_percentage("n.v.t.") is None


def test_report_periods_run_budget_accounts_projection_per_year() -> None:
    periods = ["MJR_2027", "Beg_2026", "Rek_2026", "Rek_2025", "Beg_2025"]
    assert sorted(periods, key=period_order) == [
        "Beg_2025",
        "Rek_2025",
        "Beg_2026",
        "Rek_2026",
        "MJR_2027",
    ]


async def test_ratios_show_per_report_period_with_trend_and_category(
    client: AsyncClient, demo: DemoIds
) -> None:
    await deliver(client, demo, JAARREKENING_2026)
    found = await ratios(client, demo, MT_ARNHEM)
    schuld = found["fk.1"]
    assert schuld["omschrijving"] == "Netto schuldquote"
    seen = [
        (w["verslagperiode"], w["waarde"], w["categorie"], w["trend"])
        for w in schuld["waarnemingen"]
    ]
    assert seen == [
        ("Rek_2024", 118.0, "B", None),  # the demo's 2025 accounts
        ("Rek_2025", 95.2, "B", "dalend"),  # this delivery's, later than the demo's
        ("Beg_2026", 128.0, "B", "stijgend"),  # the demo's 2026 budget
        ("Rek_2026", 134.5, "C", "stijgend"),
    ]
    assert schuld["rood"] is True
    assert found["fk.3"]["laatste"]["categorie"] == "C"


async def test_a_later_revision_replaces_the_values_of_its_report_periods(
    client: AsyncClient, demo: DemoIds
) -> None:
    await deliver(client, demo, JAARREKENING_2026)
    corrected = changed(JAARREKENING_2026, data__kengetallen__1__waarde="120,0")
    await deliver(client, demo, corrected)
    schuld = (await ratios(client, demo, MT_ARNHEM))["fk.1"]
    assert schuld["laatste"]["waarde"] == 120.0
    assert schuld["rood"] is False


async def test_a_municipality_judges_with_its_own_signal_values(
    client: AsyncClient, demo: DemoIds
) -> None:
    await deliver(client, demo, JAARREKENING_2026)
    body = {"signaalwaarden": [{"kengetal": "fk.1", "grensA": 100, "grensC": 140}]}
    response = await client.put("/kengetal-signaalwaarden", headers=BEHEERDER_ARNHEM, json=body)
    assert response.status_code == 200
    assert (await ratios(client, demo, MT_ARNHEM))["fk.1"]["laatste"]["categorie"] == "B"
    assert (await ratios(client, demo, BEHEERDER_RENKUM))["fk.1"]["laatste"]["categorie"] == "C"
    assert (await ratios(client, demo, PARTNER_DE_CONNECTIE))["fk.1"]["rood"] is True


async def test_signal_values_default_to_the_supervision_framework(client: AsyncClient) -> None:
    response = await client.get("/kengetal-signaalwaarden", headers=MT_ARNHEM)
    values = {v["kengetal"]: v for v in response.json()["signaalwaarden"]}
    assert values["fk.1"] == {
        "kengetal": "fk.1",
        "richting": "hoger_is_slechter",
        "grensA": 90,
        "grensC": 130,
        "standaard": True,
    }
    assert values["fk.3"]["grensC"] == 20
    assert "toezichtkader 2020" in response.json()["bron"]


async def test_bounds_the_wrong_way_round_are_400(client: AsyncClient) -> None:
    body = {
        "signaalwaarden": [
            {"kengetal": "fk.1", "grensA": 130, "grensC": 90},
            {"kengetal": "fk.3", "grensA": 20, "grensC": 50},
            {"kengetal": "fk.3", "grensA": 50, "grensC": 20},
        ]
    }
    response = await client.put("/kengetal-signaalwaarden", headers=BEHEERDER_ARNHEM, json=body)
    assert response.status_code == 400
    assert [p["name"] for p in response.json()["invalidParams"]] == [
        "signaalwaarden[0].grensC",
        "signaalwaarden[1].grensC",
        "signaalwaarden[2].kengetal",
    ]


async def test_the_demo_party_shows_its_red_ratios(client: AsyncClient, demo: DemoIds) -> None:
    found = await ratios(client, demo, MT_ARNHEM)
    assert found["fk.1"]["laatste"]["verslagperiode"] == "Rek_2025"
    assert found["fk.1"]["rood"] is True
    assert found["fk.3"]["rood"] is True
    assert found["fk.4"]["laatste"]["categorie"] == "C"

"""A key ratio in the red shows where the municipality looks: the BBV paragraph and the
proposal for the Financiën aspect of its next status report draft."""

from typing import Any

from httpx import AsyncClient

from tests.auth_headers import BEHEERDER_ARNHEM, MT_ARNHEM
from tests.conftest import DemoIds
from tests.voortgang.steps import draft

CONNECTIE = "De Connectie"
# Signal values under which none of De Connectie's demo ratios is in category C.
NONE_RED = {"signaalwaarden": [
    {"kengetal": "fk.1", "grensA": 150, "grensC": 200},
    {"kengetal": "fk.3", "grensA": 10, "grensC": 5},
    {"kengetal": "fk.4", "grensA": -5, "grensC": -5},
]}  # fmt: skip


def party_in_bbv(body: dict[str, Any], naam: str) -> dict[str, Any]:
    return next(
        partij
        for lijst in body["categorieen"]
        for partij in lijst["verbondenPartijen"]
        if partij["naam"] == naam
    )


async def test_the_bbv_paragraph_lists_the_red_ratios_of_a_party(client: AsyncClient) -> None:
    response = await client.get("/bbv-paragraaf/2026", headers=MT_ARNHEM)
    assert response.status_code == 200
    rood = party_in_bbv(response.json(), CONNECTIE)["kengetallenRood"]
    assert [(k["kengetal"], k["verslagperiode"], k["waarde"]) for k in rood] == [
        ("fk.1", "Rek_2025", 134.2),
        ("fk.3", "Rek_2025", 19.3),
        ("fk.4", "Rek_2025", -1.2),
    ]


async def test_own_signal_values_take_a_ratio_out_of_the_red_in_the_bbv_paragraph(
    client: AsyncClient,
) -> None:
    body = {"signaalwaarden": [{"kengetal": "fk.1", "grensA": 100, "grensC": 140}]}
    await client.put("/kengetal-signaalwaarden", headers=BEHEERDER_ARNHEM, json=body)
    response = await client.get("/bbv-paragraaf/2026", headers=MT_ARNHEM)
    rood = party_in_bbv(response.json(), CONNECTIE)["kengetallenRood"]
    assert [k["kengetal"] for k in rood] == ["fk.3", "fk.4"]


async def test_the_bbv_export_says_which_ratios_are_red(client: AsyncClient) -> None:
    response = await client.get("/bbv-paragraaf/2026?formaat=csv", headers=MT_ARNHEM)
    assert "Netto schuldquote (Rek_2025) 134,2 %: categorie C (signaalwaarde: boven 130 %)." in (
        response.text
    )


async def test_a_new_status_report_draft_proposes_the_red_ratios_under_financien(
    client: AsyncClient, demo: DemoIds
) -> None:
    report = (await draft(client, demo)).json()
    toelichting = report["aspecten"]["financien"]["toelichting"]
    assert toelichting.startswith("Kengetallen in rood (Iv3): Netto schuldquote (Rek_2025)")
    assert "Solvabiliteitsratio (Rek_2025) 19,3 %: categorie C (signaalwaarde: onder 20 %)." in (
        toelichting
    )
    assert [k["kengetal"] for k in report["snapshot"]["bronnen"]["kengetallen"]["rood"]] == [
        "fk.1",
        "fk.3",
        "fk.4",
    ]


async def test_a_draft_of_a_party_without_red_ratios_proposes_nothing_under_financien(
    client: AsyncClient, demo: DemoIds
) -> None:
    await client.put("/kengetal-signaalwaarden", headers=BEHEERDER_ARNHEM, json=NONE_RED)
    report = (await draft(client, demo)).json()
    assert report["aspecten"]["financien"]["toelichting"] is None
    assert "kengetallen" not in report["snapshot"]["bronnen"]


async def test_the_dashboard_drill_down_shows_the_red_ratios(
    client: AsyncClient, demo: DemoIds
) -> None:
    response = await client.get(
        f"/dashboard/verbonden-partijen/{demo.party(CONNECTIE)}", headers=MT_ARNHEM
    )
    assert response.status_code == 200
    assert [k["kengetal"] for k in response.json()["kengetallenRood"]] == ["fk.1", "fk.3", "fk.4"]


async def overview_row(client: AsyncClient, naam: str) -> dict[str, Any]:
    response = await client.get("/dashboard?pageSize=100", headers=MT_ARNHEM)
    assert response.status_code == 200
    return next(rij for rij in response.json()["resultaten"] if rij["naam"] == naam)


async def test_the_overview_row_names_the_red_ratios_and_asks_attention(
    client: AsyncClient,
) -> None:
    rij = await overview_row(client, CONNECTIE)
    assert rij["kengetallenRood"] == (
        "Netto schuldquote 134,2 % (Rek_2025); Solvabiliteitsratio 19,3 % (Rek_2025); "
        "Structurele exploitatieruimte -1,2 % (Rek_2025)"
    )
    assert "kengetallen" in rij["aandachtRedenen"].split(", ")


async def test_own_signal_values_take_the_ratios_off_the_overview_row(
    client: AsyncClient,
) -> None:
    await overview_row(client, CONNECTIE)  # the cached overview must notice the change
    assert (
        await client.put("/kengetal-signaalwaarden", headers=BEHEERDER_ARNHEM, json=NONE_RED)
    ).status_code == 200
    rij = await overview_row(client, CONNECTIE)
    assert rij["kengetallenRood"] is None
    assert "kengetallen" not in (rij["aandachtRedenen"] or "").split(", ")


async def test_the_overview_export_has_a_column_of_red_ratios(client: AsyncClient) -> None:
    response = await client.get("/dashboard?formaat=csv", headers=MT_ARNHEM)
    header, *rows = response.text.splitlines()
    column = header.split(",").index("kengetallenRood")
    connectie = next(row for row in rows if CONNECTIE in row)
    assert "Netto schuldquote 134,2 % (Rek_2025)" in connectie
    assert column > 0

"""The overview's filters and sort orders."""

from httpx import AsyncClient

from tests.auth_headers import BEHEERDER_ARNHEM, LEZER_ARNHEM, MT_ARNHEM
from tests.conftest import DemoIds
from tests.dashboard.helpers import names, overview


async def test_filter_on_bbv_category(client: AsyncClient) -> None:
    rows = await overview(client, MT_ARNHEM, bbvCategorie="vennootschap_cooperatie")

    assert names(rows) == ["BNG Bank", "Vitens"]


async def test_filter_on_monitoring_tier(client: AsyncClient) -> None:
    rows = await overview(client, MT_ARNHEM, monitoringsniveau=2)

    assert names(rows) == [
        "Stichting Regionaal Werkbedrijf (fictief)",
        "Veiligheids- en Gezondheidsregio Gelderland-Midden",
    ]


async def test_filter_on_regievoerder(client: AsyncClient, demo: DemoIds) -> None:
    regievoerder = demo.account("regievoerder-arnhem")

    rows = await overview(client, LEZER_ARNHEM, regievoerder=str(regievoerder))

    assert names(rows) == ["De Connectie"]


async def test_search_in_the_name(client: AsyncClient) -> None:
    rows = await overview(client, MT_ARNHEM, zoek="regio")

    assert names(rows) == [
        "Stichting Regionaal Werkbedrijf (fictief)",
        "Veiligheids- en Gezondheidsregio Gelderland-Midden",
    ]


async def test_attention_keeps_only_rows_with_a_reason(client: AsyncClient) -> None:
    everything = await overview(client, MT_ARNHEM)
    rows = await overview(client, MT_ARNHEM, aandacht="true")

    assert rows == [row for row in everything if row["aandacht"]]
    assert "BNG Bank" not in names(rows)  # tier 3, nothing wrong
    assert all(row["aandachtRedenen"] for row in rows)


async def test_sort_by_attention_puts_the_most_reasons_first(client: AsyncClient) -> None:
    rows = await overview(client, MT_ARNHEM, sorteer="-aandacht")

    weights = [
        len(row["aandachtRedenen"].split(", ")) if row["aandachtRedenen"] else 0 for row in rows
    ]
    assert weights == sorted(weights, reverse=True)
    assert rows[0]["naam"] == "De Connectie"


async def test_sort_by_tier_then_name(client: AsyncClient) -> None:
    rows = await overview(client, MT_ARNHEM, sorteer="monitoringsniveau")

    assert [(row["monitoringsniveau"], row["naam"]) for row in rows] == sorted(
        (row["monitoringsniveau"], row["naam"]) for row in rows
    )
    assert rows[0]["naam"] == "De Connectie"


async def test_sort_by_name_descending(client: AsyncClient) -> None:
    rows = await overview(client, MT_ARNHEM, sorteer="-naam")

    assert names(rows)[0] == "Vitens"
    assert names(rows)[-1] == "BNG Bank"


async def test_null_values_sort_last_either_way(client: AsyncClient) -> None:
    up = await overview(client, MT_ARNHEM, sorteer="aandeelNormenGehaald")
    down = await overview(client, MT_ARNHEM, sorteer="-aandeelNormenGehaald")

    assert up[0]["naam"] == down[0]["naam"] == "De Connectie"  # the only one with norms
    assert up[-1]["aandeelNormenGehaald"] is None


async def test_unknown_sort_order_is_400(client: AsyncClient) -> None:
    response = await client.get("/dashboard", headers=BEHEERDER_ARNHEM, params={"sorteer": "kleur"})

    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "sorteer"

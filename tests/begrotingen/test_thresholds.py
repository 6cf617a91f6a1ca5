"""Each municipality sets its own deviation thresholds; they are private to it."""

from httpx import AsyncClient

from tests.auth_headers import (
    BEHEERDER_ARNHEM,
    BEHEERDER_RENKUM,
    LEZER_ARNHEM,
    MT_ARNHEM,
    MT_RENKUM,
    PARTNER_DE_CONNECTIE,
    REGIEVOERDER_ARNHEM,
)
from tests.conftest import DemoIds


async def test_thresholds_default_to_5_percent_and_100000_euros(client: AsyncClient) -> None:
    response = await client.get("/afwijkingsdrempels", headers=LEZER_ARNHEM)

    assert response.status_code == 200
    assert response.json()["bedrag"] == 100000
    assert response.json()["percentage"] == 5
    assert response.json()["standaard"] is True
    assert response.headers["etag"] == '"0"'


async def test_beheerder_sets_thresholds_for_its_own_municipality_only(
    client: AsyncClient,
) -> None:
    response = await client.put(
        "/afwijkingsdrempels", headers=BEHEERDER_ARNHEM, json={"bedrag": 250000, "percentage": 10}
    )

    assert response.status_code == 200
    assert response.json()["standaard"] is False
    arnhem = await client.get("/afwijkingsdrempels", headers=MT_ARNHEM)
    renkum = await client.get("/afwijkingsdrempels", headers=MT_RENKUM)
    assert arnhem.json()["bedrag"] == 250000
    assert renkum.json()["bedrag"] == 100000


async def test_changing_set_thresholds_needs_if_match(client: AsyncClient) -> None:
    body = {"bedrag": 250000, "percentage": 10}
    first = await client.put("/afwijkingsdrempels", headers=BEHEERDER_ARNHEM, json=body)

    missing = await client.put("/afwijkingsdrempels", headers=BEHEERDER_ARNHEM, json=body)
    current = await client.put(
        "/afwijkingsdrempels",
        headers={**BEHEERDER_ARNHEM, "If-Match": first.headers["etag"]},
        json={"bedrag": 50000, "percentage": 2.5},
    )

    assert missing.status_code == 428
    assert current.status_code == 200
    assert current.json()["percentage"] == 2.5


async def test_only_a_beheerder_sets_thresholds(client: AsyncClient) -> None:
    body = {"bedrag": 1, "percentage": 1}
    for headers in (MT_ARNHEM, REGIEVOERDER_ARNHEM, LEZER_ARNHEM, PARTNER_DE_CONNECTIE):
        response = await client.put("/afwijkingsdrempels", headers=headers, json=body)
        assert response.status_code == 403


async def test_partner_cannot_read_thresholds(client: AsyncClient) -> None:
    response = await client.get("/afwijkingsdrempels", headers=PARTNER_DE_CONNECTIE)

    assert response.status_code == 403


async def test_thresholds_must_be_positive(client: AsyncClient) -> None:
    response = await client.put(
        "/afwijkingsdrempels", headers=BEHEERDER_ARNHEM, json={"bedrag": 0, "percentage": 101}
    )

    assert response.status_code == 400
    assert {p["name"] for p in response.json()["invalidParams"]} == {"bedrag", "percentage"}


async def test_thresholds_change_the_flags_of_the_budget_read(
    client: AsyncClient, demo: DemoIds
) -> None:
    await client.put(
        "/afwijkingsdrempels", headers=BEHEERDER_RENKUM, json={"bedrag": 10000000, "percentage": 99}
    )
    budget = f"/verbonden-partijen/{demo.party('De Connectie')}/begrotingen/2026"

    renkum = (await client.get(budget, headers=MT_RENKUM)).json()["signalering"]
    arnhem = (await client.get(budget, headers=MT_ARNHEM)).json()["signalering"]

    assert renkum["afwijkingBegroting"] is False
    assert renkum["afwijkingInvestering"] is False
    assert renkum["drempels"] == {"bedrag": 10000000, "percentage": 99}
    assert arnhem["afwijkingBegroting"] is True


async def test_threshold_changes_stay_out_of_other_municipalities_trail(
    client: AsyncClient,
) -> None:
    await client.put(
        "/afwijkingsdrempels", headers=BEHEERDER_ARNHEM, json={"bedrag": 250000, "percentage": 10}
    )

    arnhem = await client.get(
        "/audit-gebeurtenissen?entiteit=afwijkingsdrempels", headers=BEHEERDER_ARNHEM
    )
    renkum = await client.get(
        "/audit-gebeurtenissen?entiteit=afwijkingsdrempels", headers=BEHEERDER_RENKUM
    )

    assert arnhem.json()["aantal"] == 1
    assert renkum.json()["aantal"] == 0

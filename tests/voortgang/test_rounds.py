"""Reporting rounds: the MT opens a half-year with a deadline and sees who must report."""

from typing import Any

from httpx import AsyncClient

from tests.auth_headers import (
    BEHEERDER_ARNHEM,
    LEZER_ARNHEM,
    MT_ARNHEM,
    MT_RENKUM,
    PARTNER_DE_CONNECTIE,
    REGIEVOERDER_ARNHEM,
)
from tests.conftest import DemoIds
from tests.voortgang.steps import etag, open_round

VGGM = "Veiligheids- en Gezondheidsregio Gelderland-Midden"


async def arnhem_round(client: AsyncClient, periode: str = "2025-H2") -> dict[str, Any]:
    rounds = await client.get(f"/rapportagerondes?periode={periode}", headers=MT_ARNHEM)
    ronde_id = rounds.json()["resultaten"][0]["id"]
    return dict((await client.get(f"/rapportagerondes/{ronde_id}", headers=MT_ARNHEM)).json())


async def test_round_lists_the_active_parties_of_its_tiers(client: AsyncClient) -> None:
    ronde = await arnhem_round(client)

    lines = {line["verbondenPartij"]["naam"]: line for line in ronde["partijen"]}
    assert ronde["monitoringsniveaus"] == [1, 2]
    assert set(lines) == {"De Connectie", VGGM, "Stichting Regionaal Werkbedrijf (fictief)"}
    assert lines["De Connectie"]["status"] == "goedgekeurd"
    assert lines["De Connectie"]["teLaat"] is False
    assert lines[VGGM]["status"] == "ontbreekt"
    assert lines[VGGM]["teLaat"] is True  # the deadline of 2026-01-31 has passed


async def test_round_of_all_tiers_includes_the_light_ones(client: AsyncClient) -> None:
    created = await client.post(
        "/rapportagerondes",
        headers=MT_ARNHEM,
        json={"periode": "2026-H2", "deadline": "2099-01-31", "monitoringsniveaus": [3, 1, 2]},
    )

    names = {line["verbondenPartij"]["naam"] for line in created.json()["partijen"]}
    assert created.json()["monitoringsniveaus"] == [1, 2, 3]
    assert {"BNG Bank", "Vitens", "De Connectie"} <= names
    assert "Stadsregio Arnhem Nijmegen" not in names  # ended in 2014
    assert all(not line["teLaat"] for line in created.json()["partijen"])


async def test_a_second_round_for_the_same_half_year_is_409(client: AsyncClient) -> None:
    response = await open_round(client, "2025-H2", "2026-02-28")

    assert response.status_code == 409


async def test_rounds_are_private_to_the_municipality(client: AsyncClient) -> None:
    ronde = await arnhem_round(client)

    renkum = await client.get(f"/rapportagerondes/{ronde['id']}", headers=MT_RENKUM)
    renkum_list = await client.get("/rapportagerondes", headers=MT_RENKUM)

    assert renkum.status_code == 404
    assert renkum_list.json()["aantal"] == 0


async def test_partner_cannot_read_rounds(client: AsyncClient) -> None:
    response = await client.get("/rapportagerondes", headers=PARTNER_DE_CONNECTIE)

    assert response.status_code == 403


async def test_only_mt_and_beheerder_open_rounds(client: AsyncClient) -> None:
    for headers in (REGIEVOERDER_ARNHEM, LEZER_ARNHEM, PARTNER_DE_CONNECTIE):
        assert (await open_round(client, "2026-H1", "2026-07-15", headers)).status_code == 403
    assert (await open_round(client, "2026-H1", "2026-07-15", BEHEERDER_ARNHEM)).status_code == 201


async def test_round_period_must_be_a_half_year(client: AsyncClient) -> None:
    response = await open_round(client, "2026-Q1", "2026-07-15")

    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "periode"


async def test_deadline_before_the_half_year_is_400(client: AsyncClient) -> None:
    response = await open_round(client, "2026-H1", "2025-12-31")

    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "deadline"


async def test_moving_the_deadline_needs_the_current_etag(client: AsyncClient) -> None:
    created = await open_round(client, "2026-H1", "2026-07-15")
    url = f"/rapportagerondes/{created.json()['id']}"

    missing = await client.patch(url, headers=MT_ARNHEM, json={"deadline": "2026-08-01"})
    moved = await client.patch(
        url, headers={**MT_ARNHEM, **etag(created)}, json={"deadline": "2026-08-01"}
    )
    stale = await client.patch(
        url, headers={**MT_ARNHEM, **etag(created)}, json={"deadline": "2026-09-01"}
    )

    assert missing.status_code == 428
    assert moved.status_code == 200
    assert moved.json()["deadline"] == "2026-08-01"
    assert stale.status_code == 412


async def test_round_shows_a_draft_in_progress(client: AsyncClient, demo: DemoIds) -> None:
    created = await open_round(client, "2026-H1", "2099-07-15")
    await client.post(
        "/voortgangsrapportages",
        headers=REGIEVOERDER_ARNHEM,
        json={"verbondenPartijId": str(demo.party("De Connectie")), "periode": "2026-H1"},
    )

    ronde = await client.get(f"/rapportagerondes/{created.json()['id']}", headers=LEZER_ARNHEM)

    line = next(
        p for p in ronde.json()["partijen"] if p["verbondenPartij"]["naam"] == "De Connectie"
    )
    assert line["status"] == "concept"
    assert line["rapportage"]["ingediendOp"] is None

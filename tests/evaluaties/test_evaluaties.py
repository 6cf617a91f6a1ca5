"""Yearly evaluations: private to the municipality, follow-up actions in the improvement plan."""

from httpx import AsyncClient

from tests.auth_headers import (
    BEHEERDER_ARNHEM,
    BEHEERDER_RENKUM,
    MT_ARNHEM,
    MT_RENKUM,
    PARTNER_DE_CONNECTIE,
    REGIEVOERDER_ARNHEM,
)
from tests.conftest import DemoIds
from tests.verbeterplan.helpers import aanbeveling

NEW = {"jaar": 2026, "datum": "2026-11-20", "uitkomst": "Naar tevredenheid.", "tevredenheid": 7.5}


def url(demo: DemoIds) -> str:
    return f"/verbonden-partijen/{demo.party('De Connectie')}/evaluaties"


async def test_the_demo_evaluation_links_its_follow_up_action(
    client: AsyncClient, demo: DemoIds
) -> None:
    listed = await client.get(url(demo), headers=MT_ARNHEM)

    evaluation = listed.json()["resultaten"][0]
    assert (evaluation["jaar"], evaluation["tevredenheid"]) == (2025, 6.8)
    assert evaluation["vervolgacties"][0]["omschrijving"].startswith("Dashboard")
    assert evaluation["vervolgacties"][0]["achterstallig"] is False


async def test_regievoerder_records_an_evaluation_with_follow_up_actions(
    client: AsyncClient, demo: DemoIds
) -> None:
    actie = (await aanbeveling(client, "C"))["acties"][0]

    created = await client.post(
        url(demo), headers=REGIEVOERDER_ARNHEM, json={**NEW, "vervolgactieIds": [actie["id"]]}
    )

    assert created.status_code == 201, created.text
    assert created.json()["tevredenheid"] == 7.5
    assert [a["id"] for a in created.json()["vervolgacties"]] == [actie["id"]]
    assert created.json()["vervolgacties"][0]["achterstallig"] is True
    read = await client.get(created.headers["location"], headers=MT_ARNHEM)
    assert read.json() == created.json()


async def test_an_unknown_follow_up_action_is_named_by_its_place(
    client: AsyncClient, demo: DemoIds
) -> None:
    actie = (await aanbeveling(client, "C"))["acties"][0]
    body = {**NEW, "vervolgactieIds": [actie["id"], "00000000-0000-0000-0000-000000000000"]}

    response = await client.post(url(demo), headers=REGIEVOERDER_ARNHEM, json=body)

    assert response.status_code == 400
    assert [p["name"] for p in response.json()["invalidParams"]] == ["vervolgactieIds[1]"]


async def test_another_municipalitys_action_cannot_be_linked(
    client: AsyncClient, demo: DemoIds
) -> None:
    actie = (await aanbeveling(client, "C"))["acties"][0]

    response = await client.post(
        url(demo), headers=BEHEERDER_RENKUM, json={**NEW, "vervolgactieIds": [actie["id"]]}
    )

    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "vervolgactieIds[0]"


async def test_a_second_evaluation_of_the_same_year_is_a_conflict(
    client: AsyncClient, demo: DemoIds
) -> None:
    response = await client.post(url(demo), headers=REGIEVOERDER_ARNHEM, json={**NEW, "jaar": 2025})

    assert response.status_code == 409


async def test_a_year_cannot_be_evaluated_before_it_starts(
    client: AsyncClient, demo: DemoIds
) -> None:
    response = await client.post(url(demo), headers=REGIEVOERDER_ARNHEM, json={**NEW, "jaar": 2027})

    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "datum"


async def test_patch_replaces_the_follow_up_actions_and_needs_the_etag(
    client: AsyncClient, demo: DemoIds
) -> None:
    evaluation = (await client.get(url(demo), headers=BEHEERDER_ARNHEM)).json()["resultaten"][0]
    target = f"/evaluaties/{evaluation['id']}"

    stale = await client.patch(
        target, headers={**BEHEERDER_ARNHEM, "If-Match": '"5"'}, json={"vervolgactieIds": []}
    )
    patched = await client.patch(
        target,
        headers={**BEHEERDER_ARNHEM, "If-Match": f'"{evaluation["versie"]}"'},
        json={"vervolgactieIds": [], "tevredenheid": None},
    )

    assert stale.status_code == 412
    assert patched.status_code == 200, patched.text
    assert patched.json()["vervolgacties"] == []
    assert patched.json()["tevredenheid"] is None
    assert patched.json()["versie"] == evaluation["versie"] + 1


async def test_renkum_cannot_see_arnhems_evaluations(client: AsyncClient, demo: DemoIds) -> None:
    evaluation = (await client.get(url(demo), headers=BEHEERDER_ARNHEM)).json()["resultaten"][0]

    listed = await client.get(url(demo), headers=MT_RENKUM)
    read = await client.get(f"/evaluaties/{evaluation['id']}", headers=MT_RENKUM)

    assert listed.json()["aantal"] == 0
    assert read.status_code == 404


async def test_a_partner_cannot_read_evaluations(client: AsyncClient, demo: DemoIds) -> None:
    listed = await client.get(url(demo), headers=PARTNER_DE_CONNECTIE)
    created = await client.post(url(demo), headers=PARTNER_DE_CONNECTIE, json=NEW)

    assert listed.status_code == 403
    assert created.status_code == 403


async def test_mt_cannot_record_an_evaluation(client: AsyncClient, demo: DemoIds) -> None:
    response = await client.post(url(demo), headers=MT_ARNHEM, json=NEW)

    assert response.status_code == 403

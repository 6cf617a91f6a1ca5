"""Participations: shared facts for every participant, role holders private to each."""

from httpx import AsyncClient

from tests.auth_headers import BEHEERDER_ARNHEM, BEHEERDER_RENKUM, LEZER_ARNHEM, MT_RENKUM
from tests.conftest import DemoIds


async def deelnames_of(
    client: AsyncClient, party: object, headers: dict[str, str]
) -> dict[str, dict[str, object]]:
    response = await client.get(f"/verbonden-partijen/{party}/deelnames", headers=headers)
    assert response.status_code == 200
    return {row["organisatie"]["naam"]: row for row in response.json()["resultaten"]}


async def test_participants_see_each_others_share_but_not_their_role_holders(
    client: AsyncClient, demo: DemoIds
) -> None:
    seen_by_renkum = await deelnames_of(client, demo.party("De Connectie"), MT_RENKUM)

    arnhem = seen_by_renkum["Arnhem"]
    assert set(seen_by_renkum) == {"Arnhem", "Renkum", "Rheden"}
    assert arnhem["aandeel"] == 68
    assert arnhem["eigen"] is False
    assert arnhem["eigenaarsrolHouder"] is None
    assert arnhem["opdrachtgeversrolHouder"] is None


async def test_own_participation_shows_who_holds_owner_and_client_role(
    client: AsyncClient, demo: DemoIds
) -> None:
    seen_by_arnhem = await deelnames_of(client, demo.party("De Connectie"), LEZER_ARNHEM)

    own = seen_by_arnhem["Arnhem"]
    assert own["eigen"] is True
    assert own["eigenaarsrolHouder"] == "wethouder Financiën"
    assert own["opdrachtgeversrolHouder"] == "wethouder Bedrijfsvoering"
    assert own["bestuurlijkBelang"][0] == {
        "orgaan": "algemeen_bestuur",
        "bekleedDoor": "wethouder Bedrijfsvoering",
    }


async def test_another_participant_may_not_set_our_role_holders(
    client: AsyncClient, demo: DemoIds
) -> None:
    arnhem = (await deelnames_of(client, demo.party("De Connectie"), BEHEERDER_ARNHEM))["Arnhem"]

    response = await client.patch(
        f"/deelnames/{arnhem['id']}",
        headers={**BEHEERDER_RENKUM, "If-Match": '"1"'},
        json={"eigenaarsrolHouder": "iemand van Renkum"},
    )

    assert response.status_code == 403


async def test_penvoerder_corrects_a_shared_share_with_if_match(
    client: AsyncClient, demo: DemoIds
) -> None:
    rheden = (await deelnames_of(client, demo.party("De Connectie"), BEHEERDER_ARNHEM))["Rheden"]

    stale = await client.patch(
        f"/deelnames/{rheden['id']}",
        headers={**BEHEERDER_ARNHEM, "If-Match": '"7"'},
        json={"aandeel": 17.5},
    )
    fresh = await client.patch(
        f"/deelnames/{rheden['id']}",
        headers={**BEHEERDER_ARNHEM, "If-Match": '"1"'},
        json={
            "aandeel": 17.5,
            "bestuurlijkBelang": [{"orgaan": "algemeen_bestuur", "bekleedDoor": "burgemeester"}],
        },
    )

    assert stale.status_code == 412
    assert fresh.status_code == 200
    assert fresh.json()["aandeel"] == 17.5
    assert fresh.headers["etag"] == '"2"'


async def test_share_is_a_percentage(client: AsyncClient, demo: DemoIds) -> None:
    response = await client.post(
        f"/verbonden-partijen/{demo.party('De Connectie')}/deelnames",
        headers=BEHEERDER_ARNHEM,
        json={"organisatieId": str(demo.organisation("Diemen")), "aandeel": 120},
    )

    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "aandeel"


async def test_an_organisation_participates_once(client: AsyncClient, demo: DemoIds) -> None:
    response = await client.post(
        f"/verbonden-partijen/{demo.party('De Connectie')}/deelnames",
        headers=BEHEERDER_ARNHEM,
        json={"organisatieId": str(demo.organisation("Renkum"))},
    )

    assert response.status_code == 409


async def test_adding_a_participant_makes_the_party_visible_to_it(
    client: AsyncClient, demo: DemoIds
) -> None:
    from tests.auth_headers import BEHEERDER_DIEMEN

    party = demo.party("De Connectie")
    before = await client.get(f"/verbonden-partijen/{party}", headers=BEHEERDER_DIEMEN)
    added = await client.post(
        f"/verbonden-partijen/{party}/deelnames",
        headers=BEHEERDER_ARNHEM,
        json={"organisatieId": str(demo.organisation("Diemen")), "aandeel": 0},
    )
    after = await client.get(f"/verbonden-partijen/{party}", headers=BEHEERDER_DIEMEN)

    assert before.status_code == 404
    assert added.status_code == 201
    assert after.status_code == 200


async def test_unknown_organisation_is_400(client: AsyncClient, demo: DemoIds) -> None:
    response = await client.post(
        f"/verbonden-partijen/{demo.party('De Connectie')}/deelnames",
        headers=BEHEERDER_ARNHEM,
        json={"organisatieId": "00000000-0000-4000-8000-000000000000"},
    )

    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "organisatieId"


async def test_a_deelname_of_an_invisible_party_is_404(client: AsyncClient, demo: DemoIds) -> None:
    from tests.auth_headers import BEHEERDER_DIEMEN

    duo = await deelnames_of(client, demo.party("Duo+"), BEHEERDER_DIEMEN)

    response = await client.get(f"/deelnames/{duo['Diemen']['id']}", headers=BEHEERDER_ARNHEM)
    deleted = await client.delete(f"/deelnames/{duo['Diemen']['id']}", headers=BEHEERDER_ARNHEM)

    assert response.status_code == deleted.status_code == 404

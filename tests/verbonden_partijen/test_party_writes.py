"""Writing the registry: who may, safe against lost updates, always audited."""

import asyncio

from httpx import AsyncClient

from tests.auth_headers import (
    BEHEERDER_ARNHEM,
    BEHEERDER_RENKUM,
    LEZER_ARNHEM,
    MT_ARNHEM,
    PARTNER_DE_CONNECTIE,
    REGIEVOERDER_ARNHEM,
)
from tests.conftest import DemoIds

NEW_PARTY = {
    "naam": "Omgevingsdienst Regio Arnhem",
    "vestigingsplaats": "Arnhem",
    "bbvCategorie": "gemeenschappelijke_regeling",
    "rechtsvorm": "openbaar_lichaam",
    "openbaarBelang": "Vergunningverlening, toezicht en handhaving (milieu).",
    "monitoringsniveau": 2,
    "begindatum": "2013-01-01",
}
VGGM = "Veiligheids- en Gezondheidsregio Gelderland-Midden"


async def test_beheerder_registers_a_party_and_becomes_its_participant(
    client: AsyncClient,
) -> None:
    created = await client.post("/verbonden-partijen", headers=BEHEERDER_ARNHEM, json=NEW_PARTY)

    assert created.status_code == 201
    assert created.headers["etag"] == '"1"'
    assert created.headers["location"].endswith(f"/verbonden-partijen/{created.json()['id']}")
    assert created.json()["actief"] is True
    deelnames = await client.get(
        f"/verbonden-partijen/{created.json()['id']}/deelnames", headers=BEHEERDER_ARNHEM
    )
    assert [d["organisatie"]["naam"] for d in deelnames.json()["resultaten"]] == ["Arnhem"]
    renkum = await client.get(created.headers["location"], headers=BEHEERDER_RENKUM)
    assert renkum.status_code == 404


async def test_lezer_cannot_write(client: AsyncClient, demo: DemoIds) -> None:
    created = await client.post("/verbonden-partijen", headers=LEZER_ARNHEM, json=NEW_PARTY)
    patched = await client.patch(
        f"/verbonden-partijen/{demo.party('De Connectie')}",
        headers={**LEZER_ARNHEM, "If-Match": '"1"'},
        json={"naam": "X"},
    )

    assert created.status_code == 403
    assert patched.status_code == 403
    assert created.headers["content-type"] == "application/problem+json"


async def test_mt_and_partner_cannot_change_a_party(client: AsyncClient, demo: DemoIds) -> None:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}"
    for headers in (MT_ARNHEM, PARTNER_DE_CONNECTIE):
        response = await client.patch(
            url, headers={**headers, "If-Match": '"1"'}, json={"naam": "X"}
        )
        assert response.status_code == 403


async def test_regievoerder_changes_the_party_assigned_to_them(
    client: AsyncClient, demo: DemoIds
) -> None:
    response = await client.patch(
        f"/verbonden-partijen/{demo.party('De Connectie')}",
        headers={**REGIEVOERDER_ARNHEM, "If-Match": '"1"'},
        json={"monitoringsniveau": 2},
    )

    assert response.status_code == 200
    assert response.json()["monitoringsniveau"] == 2


async def test_regievoerder_cannot_change_a_party_not_assigned_to_them(
    client: AsyncClient, demo: DemoIds
) -> None:
    url = f"/verbonden-partijen/{demo.party(VGGM)}"
    visible = await client.get(url, headers=REGIEVOERDER_ARNHEM)

    response = await client.patch(
        url, headers={**REGIEVOERDER_ARNHEM, "If-Match": '"1"'}, json={"monitoringsniveau": 1}
    )

    assert visible.status_code == 200
    assert response.status_code == 403
    unchanged = await client.get(url, headers=REGIEVOERDER_ARNHEM)
    assert unchanged.json()["monitoringsniveau"] == 2


async def test_update_without_if_match_is_428(client: AsyncClient, demo: DemoIds) -> None:
    response = await client.patch(
        f"/verbonden-partijen/{demo.party('De Connectie')}",
        headers=BEHEERDER_ARNHEM,
        json={"naam": "X"},
    )

    assert response.status_code == 428


async def test_update_with_stale_etag_is_412_and_changes_nothing(
    client: AsyncClient, demo: DemoIds
) -> None:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}"
    first = await client.patch(
        url, headers={**BEHEERDER_ARNHEM, "If-Match": '"1"'}, json={"vestigingsplaats": "Renkum"}
    )
    stale = await client.patch(
        url,
        headers={**REGIEVOERDER_ARNHEM, "If-Match": '"1"'},
        json={"vestigingsplaats": "Rheden"},
    )

    assert first.status_code == 200
    assert first.headers["etag"] == '"2"'
    assert stale.status_code == 412
    current = await client.get(url, headers=BEHEERDER_ARNHEM)
    assert current.json()["vestigingsplaats"] == "Renkum"
    assert current.headers["etag"] == '"2"'


async def test_two_concurrent_updates_with_the_same_etag_give_one_200_and_one_412(
    client: AsyncClient, demo: DemoIds
) -> None:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}"

    responses = await asyncio.gather(
        client.patch(url, headers={**BEHEERDER_ARNHEM, "If-Match": '"1"'}, json={"naam": "A"}),
        client.patch(url, headers={**REGIEVOERDER_ARNHEM, "If-Match": '"1"'}, json={"naam": "B"}),
    )

    assert sorted(response.status_code for response in responses) == [200, 412]
    winner = next(response for response in responses if response.status_code == 200)
    current = await client.get(url, headers=BEHEERDER_ARNHEM)
    assert current.json()["naam"] == winner.json()["naam"]
    assert current.json()["versie"] == 2


async def test_merge_patch_null_clears_an_optional_field(
    client: AsyncClient, demo: DemoIds
) -> None:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}"

    response = await client.patch(
        url, headers={**BEHEERDER_ARNHEM, "If-Match": '"1"'}, json={"toelichting": None}
    )

    assert response.status_code == 200
    assert response.json()["toelichting"] is None
    assert response.json()["naam"] == "De Connectie"


async def test_merge_patch_cannot_clear_a_required_field(
    client: AsyncClient, demo: DemoIds
) -> None:
    response = await client.patch(
        f"/verbonden-partijen/{demo.party('De Connectie')}",
        headers={**BEHEERDER_ARNHEM, "If-Match": '"1"'},
        json={"naam": None, "bbvCategorie": None},
    )

    assert response.status_code == 400
    assert {p["name"] for p in response.json()["invalidParams"]} == {"naam", "bbvCategorie"}


async def test_legal_form_must_fit_the_category_after_the_patch(
    client: AsyncClient, demo: DemoIds
) -> None:
    response = await client.patch(
        f"/verbonden-partijen/{demo.party('BNG Bank')}",
        headers={**BEHEERDER_ARNHEM, "If-Match": '"1"'},
        json={"bbvCategorie": "gemeenschappelijke_regeling"},
    )

    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "rechtsvorm"


async def test_a_list_runs_the_same_number_of_queries_whatever_the_page_size(
    client: AsyncClient, queries: object
) -> None:
    await client.get("/verbonden-partijen?pageSize=1", headers=BEHEERDER_ARNHEM)
    before = queries.count  # type: ignore[attr-defined]
    await client.get("/verbonden-partijen?pageSize=1", headers=BEHEERDER_ARNHEM)
    small = queries.count - before  # type: ignore[attr-defined]
    await client.get("/verbonden-partijen?pageSize=100", headers=BEHEERDER_ARNHEM)
    large = queries.count - before - small  # type: ignore[attr-defined]

    assert large <= small  # the whole list on one page needs no count query (fetch_page)
    assert small <= 4

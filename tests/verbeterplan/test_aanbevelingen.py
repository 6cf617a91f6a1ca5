"""Recommendations: the municipality's own plan, versioned, linked to its parties."""

from httpx import AsyncClient

from tests.auth_headers import (
    BEHEERDER_ARNHEM,
    BEHEERDER_RENKUM,
    LEZER_ARNHEM,
    MT_ARNHEM,
    MT_RENKUM,
    PARTNER_DE_CONNECTIE,
    REGIEVOERDER_ARNHEM,
    REGIEVOERDER_DIEMEN,
)
from tests.conftest import DemoIds
from tests.verbeterplan.helpers import aanbeveling, if_match, plan

NEW = {"code": "b.", "deel": 1, "bron": "rekenkamer", "tekst": "Maak afspraken over de rol."}


async def test_demo_plan_is_in_plan_order_with_actions(client: AsyncClient) -> None:
    found = await plan(client)

    assert [(item["deel"], item["code"]) for item in found] == [
        (1, "A"),
        (1, "C"),
        (2, "4"),
        (2, "9"),
        (2, "10"),
    ]
    assert found[0]["acties"][0]["status"] == "afgerond"


async def test_regievoerder_adds_a_recommendation_with_a_normalised_code(
    client: AsyncClient, demo: DemoIds
) -> None:
    body = {**NEW, "verbondenPartijIds": [str(demo.party("De Connectie"))]}

    created = await client.post("/aanbevelingen", headers=REGIEVOERDER_ARNHEM, json=body)

    assert created.status_code == 201, created.text
    assert created.headers["etag"] == '"1"'
    assert created.json()["code"] == "B"
    assert created.json()["verbondenPartijIds"] == [str(demo.party("De Connectie"))]
    assert created.json()["acties"] == []
    read = await client.get(created.headers["location"], headers=MT_ARNHEM)
    assert read.json()["tekst"] == NEW["tekst"]


async def test_the_same_code_in_the_same_part_and_source_is_a_conflict(
    client: AsyncClient,
) -> None:
    body = {**NEW, "code": "A"}

    response = await client.post("/aanbevelingen", headers=BEHEERDER_ARNHEM, json=body)

    assert response.status_code == 409


async def test_an_invisible_party_is_named_by_its_place_in_the_list(
    client: AsyncClient, demo: DemoIds
) -> None:
    body = {
        **NEW,
        "verbondenPartijIds": [str(demo.party("De Connectie")), str(demo.party("Duo+"))],
    }

    response = await client.post("/aanbevelingen", headers=BEHEERDER_ARNHEM, json=body)

    assert response.status_code == 400
    names = [param["name"] for param in response.json()["invalidParams"]]
    assert names == ["verbondenPartijIds[1]"]
    assert len(await plan(client)) == 5


async def test_a_response_not_adopted_needs_an_explanation(client: AsyncClient) -> None:
    body = {**NEW, "reactie": "niet_overgenomen"}

    response = await client.post("/aanbevelingen", headers=BEHEERDER_ARNHEM, json=body)

    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "reactieToelichting"


async def test_patch_records_the_response_and_makes_a_new_version(client: AsyncClient) -> None:
    found = await aanbeveling(client, "10")
    body = {"reactie": "deels_overgenomen", "reactieToelichting": "Alleen intern."}

    patched = await client.patch(
        f"/aanbevelingen/{found['id']}", headers=if_match(REGIEVOERDER_ARNHEM, 1), json=body
    )

    assert patched.status_code == 200, patched.text
    assert patched.json()["reactie"] == "deels_overgenomen"
    assert patched.headers["etag"] == '"2"'


async def test_replacing_the_linked_parties_makes_a_new_version(
    client: AsyncClient, demo: DemoIds
) -> None:
    found = await aanbeveling(client, "10")

    patched = await client.patch(
        f"/aanbevelingen/{found['id']}",
        headers=if_match(BEHEERDER_ARNHEM, found["versie"]),
        json={"verbondenPartijIds": []},
    )

    assert patched.json()["verbondenPartijIds"] == []
    assert patched.json()["versie"] == found["versie"] + 1


async def test_a_stale_etag_is_412_and_a_missing_one_428(client: AsyncClient) -> None:
    found = await aanbeveling(client, "10")
    url = f"/aanbevelingen/{found['id']}"

    stale = await client.patch(url, headers=if_match(BEHEERDER_ARNHEM, 7), json={"deel": 1})
    missing = await client.patch(url, headers=BEHEERDER_ARNHEM, json={"deel": 1})

    assert stale.status_code == 412
    assert missing.status_code == 428


async def test_renkum_cannot_see_arnhems_recommendations(client: AsyncClient) -> None:
    found = await aanbeveling(client, "C")

    read = await client.get(f"/aanbevelingen/{found['id']}", headers=MT_RENKUM)
    patched = await client.patch(
        f"/aanbevelingen/{found['id']}",
        headers=if_match(BEHEERDER_RENKUM, 1),
        json={"tekst": "x"},
    )
    listed = await client.get("/aanbevelingen", headers=BEHEERDER_RENKUM)

    assert read.status_code == 404
    assert patched.status_code == 404
    assert listed.json()["aantal"] == 0


async def test_a_partner_cannot_read_the_improvement_plan(client: AsyncClient) -> None:
    found = await aanbeveling(client, "C")

    listed = await client.get("/aanbevelingen", headers=PARTNER_DE_CONNECTIE)
    read = await client.get(f"/aanbevelingen/{found['id']}", headers=PARTNER_DE_CONNECTIE)
    actions = await client.get("/acties", headers=PARTNER_DE_CONNECTIE)
    created = await client.post("/aanbevelingen", headers=PARTNER_DE_CONNECTIE, json=NEW)

    assert [listed.status_code, read.status_code, actions.status_code, created.status_code] == [
        403,
        403,
        403,
        403,
    ]


async def test_mt_and_lezer_read_but_do_not_write_the_plan(client: AsyncClient) -> None:
    found = await aanbeveling(client, "10")

    lezer = await client.get("/aanbevelingen", headers=LEZER_ARNHEM)
    by_mt = await client.post("/aanbevelingen", headers=MT_ARNHEM, json=NEW)
    by_lezer = await client.patch(
        f"/aanbevelingen/{found['id']}", headers=if_match(LEZER_ARNHEM, 1), json={"deel": 2}
    )

    assert lezer.json()["aantal"] == 5
    assert by_mt.status_code == 403
    assert by_lezer.status_code == 403


async def test_filter_by_party_and_part(client: AsyncClient, demo: DemoIds) -> None:
    party = demo.party("De Connectie")

    linked = await client.get(
        f"/aanbevelingen?verbondenPartij={party}&deel=2", headers=REGIEVOERDER_ARNHEM
    )

    assert [item["code"] for item in linked.json()["resultaten"]] == ["4", "9", "10"]


async def test_another_municipalitys_regievoerder_sees_only_its_own_plan(
    client: AsyncClient,
) -> None:
    response = await client.get("/aanbevelingen", headers=REGIEVOERDER_DIEMEN)

    assert response.json()["aantal"] == 0


async def test_the_plan_list_runs_the_same_number_of_queries_whatever_the_page_size(
    client: AsyncClient, queries: object
) -> None:
    await client.get("/aanbevelingen?pageSize=1", headers=BEHEERDER_ARNHEM)
    before = queries.count  # type: ignore[attr-defined]
    await client.get("/aanbevelingen?pageSize=1", headers=BEHEERDER_ARNHEM)
    small = queries.count - before  # type: ignore[attr-defined]
    await client.get("/aanbevelingen?pageSize=100", headers=BEHEERDER_ARNHEM)
    large = queries.count - before - small  # type: ignore[attr-defined]

    assert large <= small  # the whole list on one page needs no count query (fetch_page)
    assert small <= 6


async def new_party_of_arnhem(client: AsyncClient) -> str:
    """A party Arnhem takes part in that no regievoerder directs yet."""
    response = await client.post(
        "/verbonden-partijen",
        headers=BEHEERDER_ARNHEM,
        json={
            "naam": "Veiligheidsregio Gelderland-Midden",
            "vestigingsplaats": "Arnhem",
            "bbvCategorie": "gemeenschappelijke_regeling",
            "rechtsvorm": "openbaar_lichaam",
            "openbaarBelang": "Brandweerzorg en rampenbestrijding.",
            "monitoringsniveau": 2,
        },
    )
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def test_finding_9_a_regievoerder_links_a_recommendation_only_to_parties_it_directs(
    client: AsyncClient, demo: DemoIds
) -> None:
    undirected = await new_party_of_arnhem(client)
    body = {**NEW, "verbondenPartijIds": [str(demo.party("De Connectie")), undirected]}

    created = await client.post("/aanbevelingen", headers=REGIEVOERDER_ARNHEM, json=body)

    assert created.status_code == 400, created.text
    assert [p["name"] for p in created.json()["invalidParams"]] == ["verbondenPartijIds[1]"]
    assert "not a regievoerder" in created.json()["invalidParams"][0]["reason"]
    assert all(item["code"] != NEW["code"] for item in await plan(client))


async def test_finding_9_a_regievoerder_cannot_add_an_undirected_party_by_patch_but_keeps_links(
    client: AsyncClient, demo: DemoIds
) -> None:
    undirected = await new_party_of_arnhem(client)
    connectie = str(demo.party("De Connectie"))
    body = {**NEW, "verbondenPartijIds": [undirected]}
    created = await client.post("/aanbevelingen", headers=BEHEERDER_ARNHEM, json=body)
    assert created.status_code == 201, created.text
    url, versie = f"/aanbevelingen/{created.json()['id']}", created.json()["versie"]

    kept = await client.patch(
        url,
        headers=if_match(REGIEVOERDER_ARNHEM, versie),
        json={"verbondenPartijIds": [undirected, connectie]},
    )

    assert kept.status_code == 200, kept.text
    removed = await client.patch(
        url,
        headers=if_match(REGIEVOERDER_ARNHEM, kept.json()["versie"]),
        json={"verbondenPartijIds": [connectie]},
    )
    assert removed.status_code == 200, removed.text
    added_again = await client.patch(
        url,
        headers=if_match(REGIEVOERDER_ARNHEM, removed.json()["versie"]),
        json={"verbondenPartijIds": [connectie, undirected]},
    )
    assert added_again.status_code == 400
    assert [p["name"] for p in added_again.json()["invalidParams"]] == ["verbondenPartijIds[1]"]


async def test_a_beheerder_links_any_party_its_municipality_takes_part_in(
    client: AsyncClient,
) -> None:
    body = {**NEW, "verbondenPartijIds": [await new_party_of_arnhem(client)]}

    created = await client.post("/aanbevelingen", headers=BEHEERDER_ARNHEM, json=body)

    assert created.status_code == 201, created.text

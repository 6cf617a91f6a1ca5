"""The sharing rule: a municipality sees a party only through a participation of its own."""

from httpx import AsyncClient

from tests.auth_headers import (
    BEHEERDER_ARNHEM,
    BEHEERDER_DIEMEN,
    MT_RENKUM,
    PARTNER_DE_CONNECTIE,
    REGIEVOERDER_ARNHEM,
)
from tests.conftest import DemoIds


def names(response_body: dict[str, object]) -> set[str]:
    return {party["naam"] for party in response_body["resultaten"]}  # type: ignore[attr-defined]


async def test_arnhem_lists_de_connectie_and_not_duo(client: AsyncClient) -> None:
    response = await client.get("/verbonden-partijen", headers=BEHEERDER_ARNHEM)

    assert response.status_code == 200
    assert "De Connectie" in names(response.json())
    assert "Duo+" not in names(response.json())


async def test_duo_by_id_is_404_for_arnhem(client: AsyncClient, demo: DemoIds) -> None:
    response = await client.get(
        f"/verbonden-partijen/{demo.party('Duo+')}", headers=BEHEERDER_ARNHEM
    )

    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert "Duo+" not in response.text


async def test_unknown_and_invisible_party_answer_alike(client: AsyncClient, demo: DemoIds) -> None:
    invisible = await client.get(f"/verbonden-partijen/{demo.party('Duo+')}", headers=MT_RENKUM)
    unknown = await client.get(
        "/verbonden-partijen/00000000-0000-4000-8000-000000000000", headers=MT_RENKUM
    )

    assert invisible.status_code == unknown.status_code == 404
    assert invisible.json()["detail"] == unknown.json()["detail"]


async def test_diemen_sees_duo_but_not_de_connectie(client: AsyncClient) -> None:
    response = await client.get("/verbonden-partijen", headers=BEHEERDER_DIEMEN)

    assert "Duo+" in names(response.json())
    assert "De Connectie" not in names(response.json())


async def test_shared_party_is_one_record_for_all_participants(
    client: AsyncClient, demo: DemoIds
) -> None:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}"

    arnhem = await client.get(url, headers=BEHEERDER_ARNHEM)
    renkum = await client.get(url, headers=MT_RENKUM)

    assert arnhem.status_code == renkum.status_code == 200
    assert arnhem.json() == renkum.json()


async def test_partner_of_de_connectie_sees_only_its_own_party(
    client: AsyncClient, demo: DemoIds
) -> None:
    listed = await client.get("/verbonden-partijen", headers=PARTNER_DE_CONNECTIE)
    duo = await client.get(
        f"/verbonden-partijen/{demo.party('Duo+')}", headers=PARTNER_DE_CONNECTIE
    )
    vggm = await client.get(
        f"/verbonden-partijen/{demo.party('Veiligheids- en Gezondheidsregio Gelderland-Midden')}",
        headers=PARTNER_DE_CONNECTIE,
    )

    assert names(listed.json()) == {"De Connectie"}
    assert listed.json()["aantal"] == 1
    assert duo.status_code == 404
    assert vggm.status_code == 404


async def test_partner_sees_no_municipal_data(client: AsyncClient, demo: DemoIds) -> None:
    party = demo.party("De Connectie")
    for path in (
        "/organisaties",
        "/gebruikers",
        f"/verbonden-partijen/{party}/deelnames",
        f"/verbonden-partijen/{party}/regievoerders",
        "/audit-gebeurtenissen",
    ):
        response = await client.get(path, headers=PARTNER_DE_CONNECTIE)
        assert response.status_code == 403, path


async def test_profile_of_partner_names_its_party_and_no_organisation(client: AsyncClient) -> None:
    response = await client.get("/gebruikersprofiel", headers=PARTNER_DE_CONNECTIE)

    assert response.status_code == 200
    assert response.json()["rol"] == "partner"
    assert response.json()["organisatie"] is None
    assert [p["naam"] for p in response.json()["verbondenPartijen"]] == ["De Connectie"]


async def test_profile_of_regievoerder_names_the_parties_it_directs(client: AsyncClient) -> None:
    response = await client.get("/gebruikersprofiel", headers=REGIEVOERDER_ARNHEM)

    assert response.json()["organisatie"]["naam"] == "Arnhem"
    assert [p["naam"] for p in response.json()["verbondenPartijen"]] == ["De Connectie"]


async def test_ended_party_is_found_with_actief_false(client: AsyncClient) -> None:
    ended = await client.get("/verbonden-partijen?actief=false", headers=BEHEERDER_ARNHEM)
    active = await client.get("/verbonden-partijen?actief=true", headers=BEHEERDER_ARNHEM)

    assert names(ended.json()) == {"Stadsregio Arnhem Nijmegen"}
    assert "Stadsregio Arnhem Nijmegen" not in names(active.json())


async def test_filters_by_category_and_search(client: AsyncClient) -> None:
    companies = await client.get(
        "/verbonden-partijen?bbvCategorie=vennootschap_cooperatie", headers=BEHEERDER_ARNHEM
    )
    search = await client.get("/verbonden-partijen?zoek=connectie", headers=BEHEERDER_ARNHEM)
    wildcard = await client.get("/verbonden-partijen?zoek=%25", headers=BEHEERDER_ARNHEM)

    assert names(companies.json()) == {"BNG Bank", "Vitens"}
    assert names(search.json()) == {"De Connectie"}
    assert wildcard.json()["aantal"] == 0

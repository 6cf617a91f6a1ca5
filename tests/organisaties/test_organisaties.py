"""Organisations: public bodies every municipal account may look up."""

from httpx import AsyncClient

from tests.auth_headers import BEHEERDER_ARNHEM, LEZER_ARNHEM, MT_ARNHEM


async def test_municipal_accounts_look_up_organisations(client: AsyncClient) -> None:
    response = await client.get("/organisaties?soort=gemeente&zoek=GM02", headers=LEZER_ARNHEM)

    assert response.status_code == 200
    assert {row["naam"] for row in response.json()["resultaten"]} == {
        "Arnhem",
        "Renkum",
        "Rheden",
        "Lochem",
        "Voorst",
    }


async def test_beheerder_registers_another_body(client: AsyncClient) -> None:
    created = await client.post(
        "/organisaties",
        headers=BEHEERDER_ARNHEM,
        json={"naam": "Provincie Gelderland", "soort": "provincie", "cbsCode": "PV25"},
    )

    assert created.status_code == 201
    fetched = await client.get(created.headers["location"], headers=MT_ARNHEM)
    assert fetched.json()["cbsCode"] == "PV25"


async def test_a_cbs_code_names_one_organisation(client: AsyncClient) -> None:
    response = await client.post(
        "/organisaties",
        headers=BEHEERDER_ARNHEM,
        json={"naam": "Arnhem 2", "soort": "gemeente", "cbsCode": "GM0202"},
    )

    assert response.status_code == 409


async def test_cbs_code_has_the_cbs_format(client: AsyncClient) -> None:
    response = await client.post(
        "/organisaties",
        headers=BEHEERDER_ARNHEM,
        json={"naam": "X", "soort": "gemeente", "cbsCode": "0202"},
    )

    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "cbsCode"


async def test_only_a_beheerder_registers_organisations(client: AsyncClient) -> None:
    response = await client.post(
        "/organisaties", headers=MT_ARNHEM, json={"naam": "X", "soort": "overig"}
    )

    assert response.status_code == 403

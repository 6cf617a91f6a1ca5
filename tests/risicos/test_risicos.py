"""Risks: the municipality's own, per party; written by the party's regievoerder or a beheerder."""

from httpx import AsyncClient

from tests.auth_headers import (
    BEHEERDER_ARNHEM,
    BEHEERDER_RENKUM,
    LEZER_ARNHEM,
    MT_ARNHEM,
    MT_RENKUM,
    PARTNER_DE_CONNECTIE,
    REGIEVOERDER_ARNHEM,
    REGIEVOERDER_RENKUM,
)
from tests.conftest import DemoIds

NEW = {
    "omschrijving": "Uitval van het datacenter",
    "kans": 2,
    "impact": 5,
    "financieleOmvang": 250000.50,
    "maatregelen": "Uitwijkafspraken toetsen.",
}


def url(demo: DemoIds) -> str:
    return f"/verbonden-partijen/{demo.party('De Connectie')}/risicos"


async def test_regievoerder_records_a_risk_with_its_score(
    client: AsyncClient, demo: DemoIds
) -> None:
    created = await client.post(url(demo), headers=REGIEVOERDER_ARNHEM, json=NEW)

    assert created.status_code == 201, created.text
    assert created.json()["score"] == 10
    assert created.json()["financieleOmvang"] == 250000.5
    assert created.json()["status"] == "open"
    assert created.headers["etag"] == '"1"'
    read = await client.get(created.headers["location"], headers=MT_ARNHEM)
    assert read.json()["omschrijving"] == NEW["omschrijving"]


async def test_risks_are_listed_largest_first(client: AsyncClient, demo: DemoIds) -> None:
    await client.post(url(demo), headers=REGIEVOERDER_ARNHEM, json={**NEW, "kans": 5})

    listed = await client.get(url(demo), headers=LEZER_ARNHEM)

    ranked = [(risk["score"], risk["financieleOmvang"]) for risk in listed.json()["resultaten"]]
    assert ranked == [(25, 250000.5), (12, 420000), (12, 150000)]


async def test_a_risk_is_patched_against_its_etag(client: AsyncClient, demo: DemoIds) -> None:
    risk = (await client.get(url(demo), headers=BEHEERDER_ARNHEM)).json()["resultaten"][0]
    target = f"/risicos/{risk['id']}"

    stale = await client.patch(
        target, headers={**BEHEERDER_ARNHEM, "If-Match": '"9"'}, json={"kans": 1}
    )
    patched = await client.patch(
        target,
        headers={**BEHEERDER_ARNHEM, "If-Match": '"1"'},
        json={"status": "beheerst", "financieleOmvang": None},
    )

    assert stale.status_code == 412
    assert patched.status_code == 200, patched.text
    assert patched.json()["status"] == "beheerst"
    assert patched.json()["financieleOmvang"] is None
    assert patched.headers["etag"] == '"2"'


async def test_likelihood_and_impact_run_from_1_to_5(client: AsyncClient, demo: DemoIds) -> None:
    response = await client.post(
        url(demo), headers=REGIEVOERDER_ARNHEM, json={**NEW, "kans": 0, "impact": 6}
    )

    assert response.status_code == 400
    names = {param["name"] for param in response.json()["invalidParams"]}
    assert names == {"kans", "impact"}


async def test_renkum_cannot_see_arnhems_risks(client: AsyncClient, demo: DemoIds) -> None:
    risk = (await client.get(url(demo), headers=BEHEERDER_ARNHEM)).json()["resultaten"][0]

    listed = await client.get(url(demo), headers=MT_RENKUM)
    read = await client.get(f"/risicos/{risk['id']}", headers=MT_RENKUM)
    patched = await client.patch(
        f"/risicos/{risk['id']}",
        headers={**REGIEVOERDER_RENKUM, "If-Match": '"1"'},
        json={"kans": 1},
    )

    assert listed.json()["aantal"] == 0
    assert read.status_code == 404
    assert patched.status_code == 404


async def test_a_partner_cannot_read_risks(client: AsyncClient, demo: DemoIds) -> None:
    risk = (await client.get(url(demo), headers=BEHEERDER_ARNHEM)).json()["resultaten"][0]

    listed = await client.get(url(demo), headers=PARTNER_DE_CONNECTIE)
    read = await client.get(f"/risicos/{risk['id']}", headers=PARTNER_DE_CONNECTIE)
    created = await client.post(url(demo), headers=PARTNER_DE_CONNECTIE, json=NEW)

    assert [listed.status_code, read.status_code, created.status_code] == [403, 403, 403]


async def test_risks_of_a_party_the_municipality_is_not_in_are_404(
    client: AsyncClient, demo: DemoIds
) -> None:
    duo = f"/verbonden-partijen/{demo.party('Duo+')}/risicos"

    listed = await client.get(duo, headers=BEHEERDER_ARNHEM)
    created = await client.post(duo, headers=BEHEERDER_ARNHEM, json=NEW)

    assert listed.status_code == 404
    assert created.status_code == 404


async def test_mt_reads_but_does_not_write_risks(client: AsyncClient, demo: DemoIds) -> None:
    created = await client.post(url(demo), headers=MT_ARNHEM, json=NEW)

    assert created.status_code == 403


async def test_a_regievoerder_of_other_parties_cannot_write_this_partys_risks(
    client: AsyncClient, demo: DemoIds
) -> None:
    account = await client.post(
        "/gebruikers", headers=BEHEERDER_ARNHEM, json={"naam": "Regie VGGM", "rol": "regievoerder"}
    )
    token = await client.post(
        f"/gebruikers/{account.json()['id']}/tokens",
        headers=BEHEERDER_ARNHEM,
        json={"omschrijving": "test"},
    )
    other = {"Authorization": f"Bearer {token.json()['token']}"}

    created = await client.post(url(demo), headers=other, json=NEW)
    listed = await client.get(url(demo), headers=other)

    assert created.status_code == 403
    assert listed.status_code == 200


async def test_renkum_keeps_its_own_risks_of_the_same_party(
    client: AsyncClient, demo: DemoIds
) -> None:
    await client.post(url(demo), headers=BEHEERDER_RENKUM, json=NEW)

    renkum = await client.get(url(demo), headers=MT_RENKUM)
    arnhem = await client.get(url(demo), headers=MT_ARNHEM)

    assert renkum.json()["aantal"] == 1
    assert arnhem.json()["aantal"] == 2

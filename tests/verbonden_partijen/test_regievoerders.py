"""Regievoerder assignments: a municipality names who directs a party, privately."""

from httpx import AsyncClient

from tests.auth_headers import BEHEERDER_ARNHEM, MT_RENKUM, REGIEVOERDER_ARNHEM
from tests.conftest import DemoIds

VGGM = "Veiligheids- en Gezondheidsregio Gelderland-Midden"


async def test_each_municipality_sees_only_its_own_regievoerders(
    client: AsyncClient, demo: DemoIds
) -> None:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/regievoerders"

    arnhem = await client.get(url, headers=BEHEERDER_ARNHEM)
    renkum = await client.get(url, headers=MT_RENKUM)

    assert [r["naam"] for r in arnhem.json()["resultaten"]] == ["Regievoerder Arnhem"]
    assert [r["naam"] for r in renkum.json()["resultaten"]] == ["Regievoerder Renkum"]


async def test_assigning_a_regievoerder_lets_them_write_for_the_party(
    client: AsyncClient, demo: DemoIds
) -> None:
    party = demo.party(VGGM)
    regievoerder = demo.account("regievoerder-arnhem")

    assigned = await client.put(
        f"/verbonden-partijen/{party}/regievoerders",
        headers=BEHEERDER_ARNHEM,
        json={"gebruikerIds": [str(regievoerder)]},
    )
    patched = await client.patch(
        f"/verbonden-partijen/{party}",
        headers={**REGIEVOERDER_ARNHEM, "If-Match": '"1"'},
        json={"monitoringsniveau": 1},
    )

    assert assigned.status_code == 200
    assert [r["id"] for r in assigned.json()["resultaten"]] == [str(regievoerder)]
    assert assigned.json()["aantal"] == 1
    assert assigned.json()["_links"]["self"].endswith(f"/verbonden-partijen/{party}/regievoerders")
    assert patched.status_code == 200


async def test_only_active_regievoerders_of_the_own_municipality_can_be_assigned(
    client: AsyncClient, demo: DemoIds
) -> None:
    response = await client.put(
        f"/verbonden-partijen/{demo.party(VGGM)}/regievoerders",
        headers=BEHEERDER_ARNHEM,
        json={
            "gebruikerIds": [
                str(demo.account("regievoerder-arnhem")),
                str(demo.account("regievoerder-renkum")),
                str(demo.account("mt-arnhem")),
            ]
        },
    )

    assert response.status_code == 400
    assert [p["name"] for p in response.json()["invalidParams"]] == [
        "gebruikerIds[1]",
        "gebruikerIds[2]",
    ]
    unchanged = await client.get(
        f"/verbonden-partijen/{demo.party(VGGM)}/regievoerders", headers=BEHEERDER_ARNHEM
    )
    assert unchanged.json()["resultaten"] == []


async def test_only_a_beheerder_assigns(client: AsyncClient, demo: DemoIds) -> None:
    response = await client.put(
        f"/verbonden-partijen/{demo.party(VGGM)}/regievoerders",
        headers=REGIEVOERDER_ARNHEM,
        json={"gebruikerIds": []},
    )

    assert response.status_code == 403

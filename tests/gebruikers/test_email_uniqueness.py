"""An e-mail address is unique within its municipality (or, for a partner, its party), and
the answer never depends on another municipality's accounts (issue 12 finding 4)."""

from httpx import AsyncClient

from tests.auth_headers import BEHEERDER_ARNHEM
from tests.conftest import DemoIds


async def create(client: AsyncClient, email: str) -> int:
    body = {"naam": "Nieuw", "rol": "lezer", "email": email}
    return (await client.post("/gebruikers", headers=BEHEERDER_ARNHEM, json=body)).status_code


async def test_finding_4_the_answer_is_the_same_whether_or_not_another_municipality_has_it(
    client: AsyncClient,
) -> None:
    taken_in_diemen = await create(client, "beheerder-diemen@demo.example")
    unused = await create(client, "niemand@demo.example")

    assert taken_in_diemen == unused == 201


async def test_an_address_is_unique_within_the_municipality(client: AsyncClient) -> None:
    assert await create(client, "lezer-arnhem@demo.example") == 409


async def test_an_account_may_take_an_address_another_municipality_uses(
    client: AsyncClient, demo: DemoIds
) -> None:
    response = await client.patch(
        f"/gebruikers/{demo.account('lezer-arnhem')}",
        headers=BEHEERDER_ARNHEM,
        json={"email": "mt-renkum@demo.example"},
    )

    assert response.status_code == 200, response.text

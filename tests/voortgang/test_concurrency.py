"""Two people acting on the same read of a report at once: one wins, the other gets 412."""

import asyncio

import pytest
from httpx import AsyncClient

from tests.auth_headers import MT_ARNHEM, REGIEVOERDER_ARNHEM, as_
from tests.conftest import DemoIds
from tests.voortgang.steps import etag, rated_draft, submitted

pytestmark = pytest.mark.postgres_only


async def test_two_concurrent_patches_with_the_same_etag_one_wins(
    client: AsyncClient, demo: DemoIds
) -> None:
    report = await rated_draft(client, demo)
    url = f"/voortgangsrapportages/{report.json()['id']}"
    headers = {**REGIEVOERDER_ARNHEM, **etag(report)}

    responses = await asyncio.gather(
        client.patch(url, headers=headers, json={"samenvatting": "A"}),
        client.patch(url, headers=headers, json={"samenvatting": "B"}),
    )

    assert sorted(r.status_code for r in responses) == [200, 412]
    winner = next(r for r in responses if r.status_code == 200)
    current = await client.get(url, headers=MT_ARNHEM)
    assert current.json()["samenvatting"] == winner.json()["samenvatting"]
    assert current.json()["versie"] == report.json()["versie"] + 1


async def test_two_concurrent_approvals_with_the_same_etag_one_wins(
    client: AsyncClient, demo: DemoIds
) -> None:
    report = await submitted(client, demo)
    url = f"/voortgangsrapportages/{report.json()['id']}"
    second_mt = await _second_mt_member(client)

    responses = await asyncio.gather(
        client.post(f"{url}/_goedkeuren", headers={**MT_ARNHEM, **etag(report)}),
        client.post(f"{url}/_goedkeuren", headers={**second_mt, **etag(report)}),
    )

    assert sorted(r.status_code for r in responses) == [200, 412]
    current = await client.get(url, headers=MT_ARNHEM)
    assert current.json()["status"] == "goedgekeurd"
    assert [step["actie"] for step in current.json()["historie"]] == ["indienen", "goedkeuren"]


async def _second_mt_member(client: AsyncClient) -> dict[str, str]:
    beheerder = as_("beheerder-arnhem")
    account = await client.post(
        "/gebruikers", headers=beheerder, json={"naam": "Tweede MT-lid", "rol": "mt"}
    )
    token = await client.post(
        f"/gebruikers/{account.json()['id']}/tokens",
        headers=beheerder,
        json={"omschrijving": "test"},
    )
    return {"Authorization": f"Bearer {token.json()['token']}"}

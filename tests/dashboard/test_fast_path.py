"""A repeated overview is answered before routing, and only when that changes nothing.

On PostgreSQL the worker hears every write (app/core/change_listener.py), so a page the route
rendered can be served again, for the same URL, Accept header and caller, without a query
(app/dashboard/fast_path.py). These tests hold it to being indistinguishable from the route.
"""

import asyncio
import uuid

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import event, text

from app.core.db import create_engine
from tests.auth_headers import (
    BEHEERDER_ARNHEM,
    MT_ARNHEM,
    PARTNER_DE_CONNECTIE,
    REGIEVOERDER_ARNHEM,
)
from tests.conftest import QueryCounter
from tests.databases import settings_for
from tests.gebruikers.test_accounts_and_tokens import bearer, issue, new_account

pytestmark = pytest.mark.postgres_only
URL = "/dashboard?pageSize=100&sorteer=-naam"


def counting(app: FastAPI) -> QueryCounter:
    counter = QueryCounter()
    event.listen(app.state.engine.sync_engine, "before_cursor_execute", counter)
    return counter


def without_request_id(response: httpx.Response) -> dict[str, str]:
    return {name: value for name, value in response.headers.items() if name != "x-request-id"}


async def test_a_repeated_overview_is_the_routes_answer_byte_for_byte_without_a_query(
    client: httpx.AsyncClient, app: FastAPI
) -> None:
    first = await client.get(URL, headers=MT_ARNHEM)
    queries = counting(app)

    again = await client.get(URL, headers=MT_ARNHEM)

    assert queries.count == 0
    assert again.status_code == first.status_code == 200
    assert again.content == first.content
    assert without_request_id(again) == without_request_id(first)
    assert again.headers["x-request-id"] != first.headers["x-request-id"]


async def test_a_regievoerder_never_gets_the_page_rendered_for_the_mt(
    client: httpx.AsyncClient,
) -> None:
    await client.get(URL, headers=MT_ARNHEM)
    await client.get(URL, headers=REGIEVOERDER_ARNHEM)

    own = await client.get(URL, headers=REGIEVOERDER_ARNHEM)

    assert [row["naam"] for row in own.json()["resultaten"]] == ["De Connectie"]


async def test_a_partner_whose_token_is_remembered_is_still_refused(
    client: httpx.AsyncClient,
) -> None:
    await client.get(URL, headers=MT_ARNHEM)
    assert (await client.get("/gebruikersprofiel", headers=PARTNER_DE_CONNECTIE)).is_success

    refused = await client.get(URL, headers=PARTNER_DE_CONNECTIE)

    assert refused.status_code == 403
    assert refused.headers["content-type"] == "application/problem+json"


async def test_another_format_for_the_same_url_goes_to_the_route(
    client: httpx.AsyncClient,
) -> None:
    await client.get(URL, headers=MT_ARNHEM)

    csv = await client.get(URL, headers={**MT_ARNHEM, "Accept": "text/csv"})

    assert csv.status_code == 200
    assert csv.headers["content-type"].startswith("text/csv")


async def test_a_token_revoked_here_is_refused_at_once(client: httpx.AsyncClient) -> None:
    account = await new_account(client)
    issued = await issue(client, account["id"])
    assert (await client.get(URL, headers=bearer(issued["token"]))).status_code == 200
    assert (await client.get(URL, headers=bearer(issued["token"]))).status_code == 200

    revoked = await client.delete(
        f"/gebruikers/{account['id']}/tokens/{issued['id']}", headers=BEHEERDER_ARNHEM
    )
    after = await client.get(URL, headers=bearer(issued["token"]))

    assert revoked.status_code == 204
    assert after.status_code == 401


async def test_a_token_revoked_by_another_process_is_refused_within_moments(
    client: httpx.AsyncClient, database_url: str
) -> None:
    account = await new_account(client)
    issued = await issue(client, account["id"])
    assert (await client.get(URL, headers=bearer(issued["token"]))).status_code == 200

    await revoke_elsewhere(database_url, uuid.UUID(issued["id"]))

    assert await eventually_status(client, bearer(issued["token"]), 401)


async def test_without_the_notifications_the_route_answers_and_checks_the_stamp(
    client: httpx.AsyncClient, app: FastAPI
) -> None:
    first = await client.get(URL, headers=MT_ARNHEM)
    app.state.changes.disconnected()  # as when the listening connection is lost
    recomputed = await client.get(URL, headers=MT_ARNHEM)
    queries = counting(app)

    again = await client.get(URL, headers=MT_ARNHEM)

    assert first.content == recomputed.content == again.content
    assert queries.count == 1  # the stamp: nothing is trusted without the notifications


async def revoke_elsewhere(database_url: str, token_id: uuid.UUID) -> None:
    engine = create_engine(settings_for(database_url))
    try:
        async with engine.begin() as connection:
            await connection.execute(
                text("UPDATE tokens SET ingetrokken_op = now() WHERE id = :id"), {"id": token_id}
            )
    finally:
        await engine.dispose()


async def eventually_status(
    client: httpx.AsyncClient, headers: dict[str, str], status: int
) -> bool:
    """The notification travels through PostgreSQL: allow it a moment (at most two seconds)."""
    for _ in range(200):
        if (await client.get(URL, headers=headers)).status_code == status:
            return True
        await asyncio.sleep(0.01)
    return False

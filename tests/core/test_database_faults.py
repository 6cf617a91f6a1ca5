"""When the database fails, the client hears it: never a success that was not stored."""

import pytest
from httpx import ASGITransport, AsyncClient
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import AsyncSession

from app.main import create_app
from tests.auth_headers import BEHEERDER_ARNHEM
from tests.conftest import BASE_URL, DemoIds
from tests.databases import settings_for

UNREACHABLE_DATABASES = [
    "sqlite+aiosqlite:////nonexistent-directory/vpmonitor.db",
    "postgresql+asyncpg://postgres@127.0.0.1:1/nothing",
]


async def test_a_failing_commit_is_not_reported_as_success(
    client: AsyncClient, demo: DemoIds, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}"

    async def failing_commit(self: AsyncSession) -> None:
        raise OperationalError("COMMIT", {}, Exception("disk full"))

    with monkeypatch.context() as patch:
        patch.setattr(AsyncSession, "commit", failing_commit)
        response = await client.patch(
            url, headers={**BEHEERDER_ARNHEM, "If-Match": '"1"'}, json={"naam": "Hernoemd"}
        )

    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    stored = await client.get(url, headers=BEHEERDER_ARNHEM)
    assert stored.json()["naam"] == "De Connectie"
    assert stored.json()["versie"] == 1


async def test_a_connect_timeout_without_a_message_is_503(
    client: AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def timing_out(*_: object, **__: object) -> None:
        raise TimeoutError  # as asyncpg's connect under load: no message at all

    monkeypatch.setattr(AsyncSession, "execute", timing_out)
    response = await client.get("/verbonden-partijen", headers=BEHEERDER_ARNHEM)

    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"


@pytest.mark.parametrize("unreachable_url", UNREACHABLE_DATABASES)
async def test_unreachable_database_is_503_with_retry_after(unreachable_url: str) -> None:
    app = create_app(settings_for(unreachable_url))
    async with (
        app.router.lifespan_context(app),
        AsyncClient(transport=ASGITransport(app=app), base_url=BASE_URL) as client,
    ):
        api = await client.get("/verbonden-partijen", headers=BEHEERDER_ARNHEM)
        health = await client.get("/health")

    for response in (api, health):
        assert response.status_code == 503
        assert response.headers["content-type"] == "application/problem+json"
        assert int(response.headers["retry-after"]) > 0

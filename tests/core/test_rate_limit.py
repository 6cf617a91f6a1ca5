"""Partner pushes are limited per token, across worker processes, with 429 and Retry-After."""

import asyncio
from collections.abc import AsyncIterator

import httpx
import pytest

from app.core.db import create_engine
from app.core.rate_limit import hit
from tests.auth_headers import PARTNER_DE_CONNECTIE, PARTNER_DUO
from tests.conftest import BASE_URL
from tests.core.rate_limited_app import PROBE_PATH, create_app_with_probe
from tests.databases import settings_for
from tests.live_server import live_server

LIMIT = 3
WINDOW = 3600  # long, so that no test run straddles the start of a new window
PROBE = PROBE_PATH.removeprefix("/api/v1")


@pytest.fixture
async def limited(database_url: str) -> AsyncIterator[httpx.AsyncClient]:
    settings = settings_for(database_url).model_copy(
        update={"partner_push_limit": LIMIT, "rate_limit_window_seconds": WINDOW}
    )
    app = create_app_with_probe(settings)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE_URL) as client,
    ):
        yield client


async def test_partner_pushes_over_the_limit_get_429_with_retry_after(
    limited: httpx.AsyncClient,
) -> None:
    allowed = [await limited.post(PROBE, headers=PARTNER_DE_CONNECTIE) for _ in range(LIMIT)]

    refused = await limited.post(PROBE, headers=PARTNER_DE_CONNECTIE)

    assert [response.status_code for response in allowed] == [204] * LIMIT
    assert refused.status_code == 429
    assert refused.headers["content-type"] == "application/problem+json"
    assert 1 <= int(refused.headers["retry-after"]) <= WINDOW


async def test_the_push_limit_counts_per_token(limited: httpx.AsyncClient) -> None:
    for _ in range(LIMIT + 1):
        await limited.post(PROBE, headers=PARTNER_DUO)

    other = await limited.post(PROBE, headers=PARTNER_DE_CONNECTIE)

    assert other.status_code == 204


async def test_the_push_limit_needs_a_token_first(limited: httpx.AsyncClient) -> None:
    response = await limited.post(PROBE)

    assert response.status_code == 401


async def test_a_new_window_starts_a_new_count(database_url: str) -> None:
    engine = create_engine(settings_for(database_url))
    try:
        first = [await hit(engine, "proef", 2, 60, now=600.0 + i) for i in range(3)]
        next_window = await hit(engine, "proef", 2, 60, now=660.0)
    finally:
        await engine.dispose()

    assert [verdict.allowed for verdict in first] == [True, True, False]
    assert first[2].retry_after_seconds == 58
    assert next_window.hits == 1


@pytest.mark.postgres_only
async def test_the_push_limit_holds_across_worker_processes(database_url: str) -> None:
    settings = {"VPM_PARTNER_PUSH_LIMIT": "5", "VPM_RATE_LIMIT_WINDOW_SECONDS": str(WINDOW)}
    factory = "tests.core.rate_limited_app:create_app_with_probe"
    with live_server(database_url, workers=2, settings=settings, factory=factory) as server:
        clients = [httpx.AsyncClient(base_url=server.base_url) for _ in range(12)]
        try:
            responses = await asyncio.gather(
                *(client.post(PROBE, headers=PARTNER_DE_CONNECTIE) for client in clients)
            )
        finally:
            await asyncio.gather(*(client.aclose() for client in clients))

    statuses = sorted(response.status_code for response in responses)
    assert statuses == [204] * 5 + [429] * 7

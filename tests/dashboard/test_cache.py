"""The overview is kept per worker until a write changes what it shows."""

import asyncio
import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import event

from app.auth.principal import SystemActor
from app.config import Settings
from app.core import audit
from app.core.db import create_engine, create_sessionmaker
from app.main import create_app
from app.verbonden_partijen.models import VerbondenPartij
from tests.auth_headers import (
    MT_ARNHEM,
    PARTNER_DE_CONNECTIE,
    REGIEVOERDER_ARNHEM,
    as_,
)
from tests.conftest import BASE_URL, DemoIds, QueryCounter
from tests.dashboard.helpers import overview, row_of
from tests.databases import settings_for

MT_RENKUM = as_("mt-renkum")


@pytest.mark.postgres_only
async def test_an_unchanged_overview_is_served_with_only_the_token_query_while_notified(
    client: httpx.AsyncClient, queries: QueryCounter
) -> None:
    first = await client.get("/dashboard", headers=MT_ARNHEM)
    queries.count = 0

    again = await client.get("/dashboard", headers=MT_ARNHEM)

    assert queries.count == 1  # the token (not remembered in this test); no stamp
    assert again.json() == first.json()


async def test_an_unchanged_overview_is_served_with_two_queries_without_notifications(
    unnotified: tuple[FastAPI, httpx.AsyncClient],
) -> None:
    application, http = unnotified
    first = await http.get("/dashboard", headers=MT_ARNHEM)
    counter = QueryCounter()
    event.listen(application.state.engine.sync_engine, "before_cursor_execute", counter)

    again = await http.get("/dashboard", headers=MT_ARNHEM)

    assert counter.count == 1  # the stamp (the token is remembered)
    assert again.json() == first.json()


@pytest.mark.postgres_only
async def test_a_write_by_another_process_shows_on_the_next_overview(
    client: httpx.AsyncClient, app: FastAPI, database_url: str, demo: DemoIds
) -> None:
    before = row_of(await overview(client, MT_ARNHEM), demo, "De Connectie")
    await write_elsewhere(database_url, demo.party("De Connectie"), "Raad van elders")

    after = await eventually_changed(client, demo, before)

    assert after["naam"] == "Raad van elders"


async def test_a_private_write_shows_on_the_next_overview(
    client: httpx.AsyncClient, demo: DemoIds
) -> None:
    before = row_of(await overview(client, MT_ARNHEM), demo, "De Connectie")
    risk = {"omschrijving": "Nieuw risico", "kans": 5, "impact": 5, "financieleOmvang": 1}
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/risicos"
    assert (await client.post(url, headers=REGIEVOERDER_ARNHEM, json=risk)).status_code == 201

    after = row_of(await overview(client, MT_ARNHEM), demo, "De Connectie")

    assert after["aantalRisicos"] == before["aantalRisicos"] + 1
    assert after["grootsteRisico"] == "Nieuw risico"


async def test_a_partner_push_shows_on_every_participants_next_overview(
    client: httpx.AsyncClient, demo: DemoIds
) -> None:
    before = row_of(await overview(client, MT_RENKUM), demo, "De Connectie")
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/rapportages"
    body = {
        "periode": "2026-Q3",
        "soort": "prestaties",
        "metingen": [{"normCode": "INC-8U", "waarde": 10}],
    }
    headers = {**PARTNER_DE_CONNECTIE, "Idempotency-Key": str(uuid.uuid4())}
    assert (await client.post(url, headers=headers, json=body)).status_code == 201

    after = row_of(await overview(client, MT_RENKUM), demo, "De Connectie")

    # the new revision of 2026-Q3 replaces the whole report: one norm, missed
    assert before["normPeriode"] == after["normPeriode"] == "2026-Q3"
    assert before["normenGemeten"] > 1
    assert (after["normenGemeten"], after["normenGehaald"]) == (1, 0)


async def test_a_regievoerder_gets_only_its_rows_from_the_shared_cache(
    client: httpx.AsyncClient,
) -> None:
    everything = await overview(client, MT_ARNHEM)

    own = await overview(client, REGIEVOERDER_ARNHEM)

    assert len(everything) == 5
    assert [row["naam"] for row in own] == ["De Connectie"]


async def write_elsewhere(database_url: str, party_id: uuid.UUID, naam: str) -> None:
    """Rename a party as another process would: its own connection, an audit event, commit."""
    engine = create_engine(settings_for(database_url))
    try:
        async with create_sessionmaker(engine)() as session:
            partij = await session.get(VerbondenPartij, party_id)
            assert partij is not None
            partij.naam = naam
            await audit.record(
                session,
                SystemActor(),
                actie="wijzigen",
                entiteit="verbonden_partij",
                entiteit_id=party_id,
                voor=None,
                na={"naam": naam},
                verbonden_partij_id=party_id,
                gedeeld=True,
            )
            await session.commit()
    finally:
        await engine.dispose()


async def eventually_changed(
    client: httpx.AsyncClient, demo: DemoIds, before: dict[str, Any]
) -> dict[str, Any]:
    """The notification travels through PostgreSQL: allow it a moment (at most two seconds)."""
    for _ in range(200):
        row = row_of(await overview(client, MT_ARNHEM), demo, "De Connectie")
        if row != before:
            return row
        await asyncio.sleep(0.01)
    return before


async def served(settings: Settings) -> AsyncIterator[tuple[FastAPI, httpx.AsyncClient]]:
    application = create_app(settings)
    async with application.router.lifespan_context(application):
        transport = httpx.ASGITransport(app=application)
        async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as http:
            yield application, http


@pytest.fixture
async def uncached(database_url: str) -> AsyncIterator[tuple[FastAPI, httpx.AsyncClient]]:
    settings = settings_for(database_url).model_copy(update={"dashboard_cache_seconds": 0})
    async for served_app in served(settings):
        yield served_app


@pytest.fixture
async def unnotified(database_url: str) -> AsyncIterator[tuple[FastAPI, httpx.AsyncClient]]:
    settings = settings_for(database_url).model_copy(update={"change_notifications": False})
    async for served_app in served(settings):
        yield served_app


async def test_without_the_cache_every_request_computes_the_rows(
    uncached: tuple[FastAPI, httpx.AsyncClient],
) -> None:
    application, http = uncached
    counter = QueryCounter()
    event.listen(application.state.engine.sync_engine, "before_cursor_execute", counter)
    await http.get("/dashboard", headers=MT_ARNHEM)
    first = counter.count
    await http.get("/dashboard", headers=MT_ARNHEM)
    second = counter.count - first

    assert first == 14  # the token, the parties and twelve column groups
    assert second == 13  # the same without the token (remembered: app/auth/token_cache.py)

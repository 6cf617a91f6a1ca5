"""The overview is kept per worker while the versions read from the database show no write
on what it shows; a write on a party computes that party's row again, nothing else."""

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
from app.dashboard import overview as dashboard_overview
from app.dashboard import shared as dashboard_shared
from app.dashboard.queries.partijen import Partij
from app.dashboard.scope import PartySet
from app.main import create_app
from app.verbonden_partijen.models import VerbondenPartij
from tests.auth_headers import (
    BEHEERDER_ARNHEM,
    MT_ARNHEM,
    PARTNER_DE_CONNECTIE,
    REGIEVOERDER_ARNHEM,
    as_,
)
from tests.conftest import BASE_URL, DemoIds, QueryCounter
from tests.dashboard.helpers import overview, row_of
from tests.databases import settings_for

MT_RENKUM = as_("mt-renkum")


async def test_an_unchanged_overview_costs_one_query_the_versions(
    deployed: tuple[FastAPI, httpx.AsyncClient],
) -> None:
    application, http = deployed
    first = await http.get("/dashboard", headers=MT_ARNHEM)
    counter = QueryCounter()
    event.listen(application.state.engine.sync_engine, "before_cursor_execute", counter)

    again = await http.get("/dashboard", headers=MT_ARNHEM)

    assert counter.count == 1  # the versions (the token is remembered)
    assert again.content == first.content


async def test_a_write_in_another_process_shows_on_the_next_overview_with_no_notification(
    deployed: tuple[FastAPI, httpx.AsyncClient], database_url: str, demo: DemoIds
) -> None:
    _, http = deployed
    before = row_of(await overview(http, MT_ARNHEM), demo, "De Connectie")
    await write_elsewhere(database_url, demo.party("De Connectie"), "Raad van elders")

    after = row_of(await overview(http, MT_ARNHEM), demo, "De Connectie")

    assert before["naam"] == "De Connectie"
    assert after["naam"] == "Raad van elders"


async def test_a_write_on_one_party_computes_only_that_partys_row_again(
    client: httpx.AsyncClient, demo: DemoIds, monkeypatch: pytest.MonkeyPatch
) -> None:
    await overview(client, MT_ARNHEM)
    computed = spy_on_computed_rows(monkeypatch)
    risk = {"omschrijving": "Nieuw risico", "kans": 5, "impact": 5, "financieleOmvang": 1}
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/risicos"
    assert (await client.post(url, headers=REGIEVOERDER_ARNHEM, json=risk)).status_code == 201

    await overview(client, MT_ARNHEM)

    assert computed == [["De Connectie"]]


async def test_a_partner_push_computes_the_shared_columns_once_for_every_participant(
    client: httpx.AsyncClient, demo: DemoIds, monkeypatch: pytest.MonkeyPatch
) -> None:
    await overview(client, MT_ARNHEM)
    await overview(client, MT_RENKUM)
    computed: list[list[uuid.UUID]] = []
    compute = dashboard_shared._compute

    async def spy(session: Any, scope: PartySet) -> Any:
        computed.append(list(scope.ids))
        return await compute(session, scope)

    monkeypatch.setattr(dashboard_shared, "_compute", spy)
    await push_on_de_connectie(client, demo)

    arnhem = row_of(await overview(client, MT_ARNHEM), demo, "De Connectie")
    renkum = row_of(await overview(client, MT_RENKUM), demo, "De Connectie")

    assert computed == [[demo.party("De Connectie")]]
    assert arnhem["normenGemeten"] == renkum["normenGemeten"] == 1


async def test_a_partner_push_leaves_every_participants_own_columns_as_they_were(
    client: httpx.AsyncClient, demo: DemoIds, monkeypatch: pytest.MonkeyPatch
) -> None:
    await overview(client, MT_ARNHEM)
    await overview(client, MT_RENKUM)
    computed = spy_on_computed_rows(monkeypatch)
    await push_on_de_connectie(client, demo)

    arnhem = row_of(await overview(client, MT_ARNHEM), demo, "De Connectie")
    renkum = row_of(await overview(client, MT_RENKUM), demo, "De Connectie")

    assert computed == []  # no participant ran the queries of its own columns again
    assert arnhem["normenGemeten"] == renkum["normenGemeten"] == 1


async def test_after_a_push_another_participants_overview_reads_only_the_versions(
    deployed: tuple[FastAPI, httpx.AsyncClient], demo: DemoIds
) -> None:
    application, http = deployed
    await overview(http, MT_ARNHEM)
    await overview(http, MT_RENKUM)
    await push_on_de_connectie(http, demo)
    await overview(http, MT_ARNHEM)  # computes De Connectie's shared columns, for Renkum too
    counter = QueryCounter()
    event.listen(application.state.engine.sync_engine, "before_cursor_execute", counter)

    renkum = row_of(await overview(http, MT_RENKUM), demo, "De Connectie")

    assert counter.count == 1  # the versions: no parties, no column group of its own
    assert renkum["normenGemeten"] == 1


async def test_a_write_of_the_municipality_beside_a_push_computes_the_whole_row_again(
    client: httpx.AsyncClient, demo: DemoIds, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = row_of(await overview(client, MT_ARNHEM), demo, "De Connectie")
    computed = spy_on_computed_rows(monkeypatch)
    await push_on_de_connectie(client, demo)
    await write_elsewhere_through(client, demo)

    after = row_of(await overview(client, MT_ARNHEM), demo, "De Connectie")

    assert computed == [["De Connectie"]]
    assert after["aantalRisicos"] == before["aantalRisicos"] + 1
    assert after["normenGemeten"] == 1


@pytest.mark.parametrize("write", ["push", "private"])
async def test_the_cached_overview_after_a_write_is_byte_identical_to_a_fresh_computation(
    client: httpx.AsyncClient,
    uncached: tuple[FastAPI, httpx.AsyncClient],
    demo: DemoIds,
    write: str,
) -> None:
    await overview(client, MT_ARNHEM)
    if write == "push":
        await push_on_de_connectie(client, demo)  # the shared columns again, the others kept
    else:
        await write_elsewhere_through(client, demo)  # one row computed again, the others kept
    url = "/dashboard?pageSize=100&sorteer=-aandacht"

    cached = await client.get(url, headers=MT_ARNHEM)
    fresh = await uncached[1].get(url, headers=MT_ARNHEM)

    assert cached.status_code == fresh.status_code == 200
    assert cached.content == fresh.content
    assert cached.headers["ETag"] == fresh.headers["ETag"]


async def test_a_revoked_token_is_refused_on_the_dashboard_as_on_every_route(
    client: httpx.AsyncClient,
) -> None:
    account = await client.post(
        "/gebruikers", headers=BEHEERDER_ARNHEM, json={"naam": "Scherm", "rol": "lezer"}
    )
    issued = await client.post(
        f"/gebruikers/{account.json()['id']}/tokens",
        headers=BEHEERDER_ARNHEM,
        json={"omschrijving": "Wandscherm"},
    )
    screen = {"Authorization": f"Bearer {issued.json()['token']}"}
    before = await client.get("/dashboard", headers=screen)
    assert (await client.get("/dashboard", headers=screen)).status_code == 200  # remembered
    revoked = await client.delete(
        f"/gebruikers/{account.json()['id']}/tokens/{issued.json()['id']}",
        headers=BEHEERDER_ARNHEM,
    )

    dashboard = await client.get("/dashboard", headers=screen)
    profile = await client.get("/gebruikersprofiel", headers=screen)

    assert (before.status_code, revoked.status_code) == (200, 204)
    assert dashboard.status_code == profile.status_code == 401
    assert dashboard.headers["content-type"] == "application/problem+json"
    assert dashboard.json()["title"] == profile.json()["title"]


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
    await push_on_de_connectie(client, demo)

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


async def write_elsewhere_through(client: httpx.AsyncClient, demo: DemoIds) -> None:
    """A private write on one party of Arnhem, through the API."""
    risk = {"omschrijving": "Nieuw risico", "kans": 5, "impact": 5, "financieleOmvang": 1}
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/risicos"
    assert (await client.post(url, headers=REGIEVOERDER_ARNHEM, json=risk)).status_code == 201


async def push_on_de_connectie(client: httpx.AsyncClient, demo: DemoIds) -> None:
    """The partner of De Connectie sends one norm for 2026-Q3 (a new revision)."""
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/rapportages"
    body = {
        "periode": "2026-Q3",
        "soort": "prestaties",
        "metingen": [{"normCode": "INC-8U", "waarde": 10}],
    }
    headers = {**PARTNER_DE_CONNECTIE, "Idempotency-Key": str(uuid.uuid4())}
    assert (await client.post(url, headers=headers, json=body)).status_code == 201


def spy_on_computed_rows(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The parties of each computation of overview rows, by name."""
    computed: list[list[str]] = []
    compute = dashboard_overview._rows

    async def spy(session: Any, scope: Any, parties: list[Partij], *rest: Any) -> Any:
        computed.append([partij.naam for partij in parties])
        return await compute(session, scope, parties, *rest)

    monkeypatch.setattr(dashboard_overview, "_rows", spy)
    return computed


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
async def deployed(database_url: str) -> AsyncIterator[tuple[FastAPI, httpx.AsyncClient]]:
    """An app of its own, as deployed (the test app looks every token up)."""
    settings = settings_for(database_url)
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

    assert first == 18  # the token, the versions, the parties, 15 column-group queries
    assert second == 17  # the same without the token (remembered: app/auth/token_cache.py)

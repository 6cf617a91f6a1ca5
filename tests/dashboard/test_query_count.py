"""The overview and the drill-down run a fixed number of queries, whatever the parties."""

import uuid

from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.dashboard import service
from tests.auth_headers import MT_ARNHEM, PARTNER_DE_CONNECTIE
from tests.conftest import DemoIds, QueryCounter
from tests.dashboard.extra_parties import add_parties


async def _overview_queries(client: AsyncClient, queries: QueryCounter) -> tuple[int, int]:
    queries.count = 0
    response = await client.get("/dashboard", headers=MT_ARNHEM, params={"pageSize": 100})
    assert response.status_code == 200
    return queries.count, response.json()["aantal"]


async def test_the_overviews_query_count_is_the_same_for_5_and_for_50_parties(
    app: FastAPI, client: AsyncClient, session: AsyncSession, demo: DemoIds, queries: QueryCounter
) -> None:
    arnhem = demo.organisation("Arnhem")
    app.state.dashboard_cache = service.new_cache(0)  # compute every time

    few, five = await _overview_queries(client, queries)
    await add_parties(session, arnhem, 45)
    many, fifty = await _overview_queries(client, queries)

    assert (five, fifty) == (5, 50)
    assert few == many


async def _push_history(client: AsyncClient, demo: DemoIds) -> None:
    """Earlier quarters of De Connectie (its norms apply from 2025), each pushed twice."""
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/rapportages"
    for periode in ("2025-Q1", "2025-Q2"):
        for revision in range(2):
            body = {
                "periode": periode,
                "soort": "prestaties",
                "metingen": [{"normCode": "INC-8U", "waarde": 90 + revision}],
            }
            headers = {**PARTNER_DE_CONNECTIE, "Idempotency-Key": str(uuid.uuid4())}
            assert (await client.post(url, headers=headers, json=body)).status_code == 201


async def test_the_drill_downs_query_count_does_not_grow_with_the_data(
    client: AsyncClient, demo: DemoIds, queries: QueryCounter
) -> None:
    url = f"/dashboard/verbonden-partijen/{demo.party('De Connectie')}"
    queries.count = 0
    first = await client.get(url, headers=MT_ARNHEM)
    before = queries.count
    await _push_history(client, demo)

    queries.count = 0
    second = await client.get(url, headers=MT_ARNHEM)

    assert queries.count == before
    points = {reeks["code"]: len(reeks["metingen"]) for reeks in second.json()["normen"]}
    before_points = {reeks["code"]: len(reeks["metingen"]) for reeks in first.json()["normen"]}
    assert points["INC-8U"] == before_points["INC-8U"] + 2

"""`/metrics`: Prometheus figures for operators, never public, added up over worker processes."""

import asyncio
import tempfile
from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI
from pydantic import SecretStr

from app.main import create_app
from tests.auth_headers import BEHEERDER_ARNHEM
from tests.conftest import BASE_URL
from tests.databases import PostgresTemplates, SqliteTemplates, settings_for
from tests.live_server import live_server

TOKEN = "scrape-me"
SCRAPER = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
async def metrics_client(database_url: str) -> AsyncIterator[httpx.AsyncClient]:
    settings = settings_for(database_url).model_copy(update={"metrics_token": SecretStr(TOKEN)})
    app = create_app(settings)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE_URL) as client,
    ):
        yield client


async def test_metrics_are_off_without_a_token_setting(app: FastAPI) -> None:
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://testserver"
    ) as client:
        response = await client.get("/metrics")

    assert response.status_code == 404


async def test_metrics_need_the_token(metrics_client: httpx.AsyncClient) -> None:
    anonymous = await metrics_client.get("http://testserver/metrics")
    wrong = await metrics_client.get(
        "http://testserver/metrics", headers={"Authorization": "Bearer demo-beheerder-arnhem"}
    )

    assert anonymous.status_code == 401
    assert wrong.status_code == 401


async def test_metrics_count_requests_by_route_template_and_show_pool_and_queue(
    metrics_client: httpx.AsyncClient,
) -> None:
    await metrics_client.get("/verbonden-partijen", headers=BEHEERDER_ARNHEM)

    response = await metrics_client.get("http://testserver/metrics", headers=SCRAPER)

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    text = response.text
    assert 'route="/api/v1/verbonden-partijen",status="200"' in text
    assert "vpmonitor_http_request_duration_seconds_bucket" in text
    assert "vpmonitor_db_pool_connections_in_use" in text
    assert "vpmonitor_afleveringen_in_wachtrij" in text
    assert "vpmonitor_gebeurtenissen_onverwerkt" in text
    assert "vpmonitor_afleveringen_total" in text  # the notification worker's counters


def health_requests(text: str) -> float:
    return sum(
        float(line.rsplit(" ", 1)[1])
        for line in text.splitlines()
        if line.startswith("vpmonitor_http_requests_total{")
        and 'route="/api/v1/health"' in line
        and 'method="GET"' in line
    )


def health_requests_counted_by_two_workers(database_url: str, requests: int) -> float:
    """Serve in two processes, ask /health `requests` times, and count them in a scrape."""
    settings = {"VPM_METRICS_TOKEN": TOKEN, "PROMETHEUS_MULTIPROC_DIR": tempfile.mkdtemp()}
    with (
        live_server(database_url, workers=2, settings=settings) as server,
        httpx.Client(timeout=10) as client,
    ):
        before = health_requests(client.get(f"{server.origin}/metrics", headers=SCRAPER).text)
        for _ in range(requests):  # new connections: both workers take some
            client.get(f"{server.base_url}/health", headers={"Connection": "close"})
        after = health_requests(client.get(f"{server.origin}/metrics", headers=SCRAPER).text)
    return after - before


async def test_a_scrape_adds_up_every_worker_process(
    templates: SqliteTemplates | PostgresTemplates,
) -> None:
    url = await templates.new_database()
    try:
        counted = await asyncio.to_thread(health_requests_counted_by_two_workers, url, 40)
    finally:
        await templates.drop_database(url)

    assert counted == 40

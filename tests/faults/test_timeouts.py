"""A statement timeout bounds every query: a slow query or a write stuck behind a lock is cut
off and answered with a quick 503 problem, and the service goes on."""

import time
from collections.abc import AsyncIterator

import asyncpg
import httpx
import pytest
from sqlalchemy.engine import make_url

from tests.auth_headers import BEHEERDER_ARNHEM
from tests.conftest import BASE_URL, DemoIds
from tests.databases import settings_for
from tests.faults.slow_app import SLOW_PATH, create_app_with_slow_query

pytestmark = pytest.mark.postgres_only

TIMEOUT_MS = 500
QUICK_SECONDS = 3


@pytest.fixture
async def impatient(database_url: str) -> AsyncIterator[httpx.AsyncClient]:
    """The app with a short statement timeout, and a slow route."""
    settings = settings_for(database_url).model_copy(
        update={"db_statement_timeout_ms": TIMEOUT_MS, "retry_after_seconds": 2}
    )
    app = create_app_with_slow_query(settings)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE_URL) as client,
    ):
        yield client


def plain_dsn(database_url: str) -> str:
    return make_url(database_url).set(drivername="postgresql").render_as_string(False)


async def test_a_slow_query_is_cut_off_by_the_statement_timeout(
    impatient: httpx.AsyncClient,
) -> None:
    started = time.monotonic()
    response = await impatient.get(SLOW_PATH.removeprefix("/api/v1"))
    elapsed = time.monotonic() - started

    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["retry-after"] == "2"
    assert elapsed < QUICK_SECONDS


async def test_a_write_stuck_behind_a_lock_is_cut_off_and_changes_nothing(
    impatient: httpx.AsyncClient, database_url: str, demo: DemoIds
) -> None:
    party = demo.party("De Connectie")
    blocker = await asyncpg.connect(plain_dsn(database_url))
    try:
        transaction = blocker.transaction()
        await transaction.start()
        await blocker.execute("SELECT 1 FROM verbonden_partijen WHERE id = $1 FOR UPDATE", party)
        started = time.monotonic()
        response = await impatient.patch(
            f"/verbonden-partijen/{party}",
            headers={**BEHEERDER_ARNHEM, "If-Match": '"1"'},
            json={"naam": "Nooit opgeslagen"},
        )
        elapsed = time.monotonic() - started
        await transaction.rollback()
    finally:
        await blocker.close()

    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert elapsed < QUICK_SECONDS
    stored = await impatient.get(f"/verbonden-partijen/{party}", headers=BEHEERDER_ARNHEM)
    assert stored.json()["naam"] == "De Connectie"


async def test_the_service_answers_again_after_a_timeout(impatient: httpx.AsyncClient) -> None:
    await impatient.get(SLOW_PATH.removeprefix("/api/v1"))

    response = await impatient.get("/verbonden-partijen", headers=BEHEERDER_ARNHEM)

    assert response.status_code == 200

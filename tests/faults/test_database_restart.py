"""PostgreSQL restarts under load: clients get a quick 503, the service recovers by itself,
and no write is half stored.

The test runs its own throwaway PostgreSQL cluster (tests/faults/postgres_cluster.py) and a
uvicorn process of the app on it, keeps readers and writers busy, stops the cluster for a
few seconds and starts it again. Run with `pytest -m faults` (`.ci/run` does).
"""

import asyncio
import time
from collections import Counter
from collections.abc import AsyncIterator, Iterator

import asyncpg
import pytest

from tests.databases import migrate_and_load_demo
from tests.faults.harness import WRITE_PREFIX, Answer, Load, wait_until_healthy
from tests.faults.postgres_cluster import ThrowawayCluster, throwaway_cluster
from tests.live_server import LiveServer, live_server

pytestmark = pytest.mark.faults

OUTAGE_SECONDS = 4
QUICK_SECONDS = 5  # no request may hang longer than this, outage or not
SERVER_SETTINGS = {
    "VPM_DB_CONNECT_TIMEOUT_SECONDS": "2",
    "VPM_DB_POOL_TIMEOUT_SECONDS": "2",
    "VPM_RETRY_AFTER_SECONDS": "1",
}


@pytest.fixture(scope="module")
def cluster() -> Iterator[ThrowawayCluster]:
    with throwaway_cluster() as throwaway:
        yield throwaway


@pytest.fixture(scope="module")
def demo_database(cluster: ThrowawayCluster) -> str:
    async def create() -> None:
        connection = await asyncpg.connect(cluster.url())
        try:
            await connection.execute("CREATE DATABASE vpmonitor")
        finally:
            await connection.close()

    asyncio.run(create())
    url = cluster.url("vpmonitor")
    migrate_and_load_demo(url)
    return url


@pytest.fixture
def server(demo_database: str) -> Iterator[LiveServer]:
    with live_server(demo_database, settings=SERVER_SETTINGS) as live:
        yield live


@pytest.fixture
async def load(server: LiveServer) -> AsyncIterator[Load]:
    running = Load(server.base_url)
    running.start()
    yield running
    await running.stop()


async def restart_under_load(cluster: ThrowawayCluster, load: Load) -> tuple[float, float]:
    """Steady load, the cluster down for OUTAGE_SECONDS, up again; the outage's start and end."""
    await asyncio.sleep(1.5)
    down = time.monotonic()
    await asyncio.to_thread(cluster.stop, "fast")
    await asyncio.sleep(OUTAGE_SECONDS)
    await asyncio.to_thread(cluster.start)
    up = time.monotonic()
    return down, up


def summary(answers: list[Answer], during: list[Answer], recovered_after: float) -> str:
    statuses = Counter((a.kind, a.status) for a in answers)
    outage = Counter((a.kind, a.status) for a in during)
    slowest = max(a.seconds for a in answers)
    return (
        f"answers {dict(statuses)}; during the outage {dict(outage)}; "
        f"slowest {slowest:.2f} s; healthy {recovered_after:.1f} s after the restart"
    )


def describe(answers: list[Answer]) -> str:
    return ", ".join(f"{a.kind} {a.status} {a.seconds:.1f}s" for a in answers[:20])


async def test_database_restart_under_load(
    cluster: ThrowawayCluster, server: LiveServer, load: Load, demo_database: str
) -> None:
    down, up = await restart_under_load(cluster, load)
    recovered_after = await wait_until_healthy(server.base_url, within_seconds=20)
    await asyncio.sleep(1.5)
    await load.stop()

    answers = load.answers
    during = load.between(down, up)
    print(summary(answers, during, recovered_after))
    after = load.between(up + recovered_after + 0.5, float("inf"))
    # 1. Every answer is a success or a clean 503 problem with Retry-After; never a 500.
    unexpected = [a for a in answers if not (200 <= a.status < 300 or a.status == 503)]
    assert not unexpected, f"unexpected answers: {describe(unexpected)} {unexpected[:3]}"
    unavailable = [a for a in answers if a.status == 503]
    assert unavailable, f"no request saw the outage: {describe(during)}"
    assert all(a.content_type == "application/problem+json" for a in unavailable)
    assert all(a.retry_after and int(a.retry_after) >= 1 for a in unavailable)
    # 2. Quickly: no request hangs through the outage.
    slowest = max(answers, key=lambda a: a.seconds)
    assert slowest.seconds < QUICK_SECONDS, f"a request took {slowest.seconds:.1f} s"
    # 3. Recovered without a restart of the app: reads and writes succeed again.
    assert server.process.poll() is None
    assert {a.kind for a in after if 200 <= a.status < 300} == {"lezen", "schrijven"}
    failed_after = [a for a in after if a.status >= 300]
    assert not failed_after, describe(failed_after)
    # 4. No partial writes: every stored party is whole, every 201 is stored.
    await assert_no_partial_writes(demo_database, answers)


async def assert_no_partial_writes(database_url: str, answers: list[Answer]) -> None:
    connection = await asyncpg.connect(database_url)
    try:
        rows = await connection.fetch(
            """SELECT p.id::text AS id,
                      (SELECT count(*) FROM deelnames d WHERE d.verbonden_partij_id = p.id)
                          AS deelnames,
                      (SELECT count(*) FROM audit_gebeurtenissen a
                        WHERE a.verbonden_partij_id = p.id AND a.actie = 'aangemaakt') AS events
                 FROM verbonden_partijen p WHERE p.naam LIKE $1""",
            f"{WRITE_PREFIX}%",
        )
    finally:
        await connection.close()
    stored = {row["id"]: (row["deelnames"], row["events"]) for row in rows}
    half = {party: counts for party, counts in stored.items() if counts != (1, 2)}
    assert not half, f"partially stored parties (deelnames, audit events): {half}"
    created = {a.body["id"] for a in answers if a.kind == "schrijven" and a.status == 201}
    assert created, "no write succeeded at all"
    assert created <= stored.keys(), f"answered 201 but not stored: {created - stored.keys()}"

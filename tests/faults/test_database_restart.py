"""PostgreSQL restarts under load: clients get a quick 503, the service recovers by itself,
no write is half stored, and a partner retrying its pushes with their Idempotency-Keys ends
with exactly one report per push.

The test runs its own throwaway PostgreSQL cluster (tests/faults/postgres_cluster.py) and a
uvicorn process of the app on it, keeps readers and writers busy, stops the cluster for a
few seconds and starts it again. Run with `pytest -m faults` (`.ci/run` does).
"""

import asyncio
import itertools
import time
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import asyncpg
import httpx
import pytest

from tests.auth_headers import PARTNER_DE_CONNECTIE
from tests.databases import migrate_and_load_demo
from tests.faults.harness import (
    WRITE_PREFIX,
    Answer,
    Load,
    retry_with_idempotency_key,
    wait_until_healthy,
)
from tests.faults.postgres_cluster import ThrowawayCluster, throwaway_cluster
from tests.live_server import LiveServer, live_server

pytestmark = pytest.mark.faults

OUTAGE_SECONDS = 4
QUICK_SECONDS = 5  # no request may hang longer than this, outage or not
SERVER_SETTINGS = {
    "VPM_DB_CONNECT_TIMEOUT_SECONDS": "2",
    "VPM_DB_POOL_TIMEOUT_SECONDS": "2",
    "VPM_RETRY_AFTER_SECONDS": "1",
    # Retries through the outage count against the push limit; the limit has its own tests.
    "VPM_PARTNER_PUSH_LIMIT": "100000",
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


# Pushes for periods no demo data uses, one period per push: quarters from 1900 on, which have
# begun (a push of a period that has not is 400) and which the demo's reports (from 2025) and
# norms (in force from 2025; the test adds versions in force from 1900) leave free.
FIRST_PUSH_YEAR = 1900
FIRST_DEMO_YEAR = 2025
PUSHERS = 3


def pushed_period(number: int) -> str:
    year = FIRST_PUSH_YEAR + number // 4
    assert year < FIRST_DEMO_YEAR, "more pushes than free quarters"
    return f"{year}-Q{number % 4 + 1}"


def push_body(periode: str) -> dict[str, Any]:
    return {
        "periode": periode,
        "soort": "prestaties",
        "toelichting": "Verstuurd tijdens onderhoud.",
        "metingen": [
            {"normCode": "INC-8U", "waarde": 95.5},
            {"normCode": "STORING-P1", "waarde": 0},
        ],
    }


@dataclass(frozen=True)
class Push:
    key: str
    periode: str
    response: httpx.Response
    attempts: int


async def push_until_stopped(
    base_url: str, party: str, numbers: Iterator[int], stop: asyncio.Event, seen: list[Answer]
) -> list[Push]:
    """A partner system: push after push, each retried with its own key until answered."""
    pushes: list[Push] = []
    async with httpx.AsyncClient(base_url=base_url, timeout=15) as client:
        while not stop.is_set():
            periode, key = pushed_period(next(numbers)), str(uuid.uuid4())
            response, attempts = await retry_with_idempotency_key(
                client,
                "POST",
                f"/verbonden-partijen/{party}/rapportages",
                headers=PARTNER_DE_CONNECTIE,
                json=push_body(periode),
                key=key,
                longest_wait=1.0,
                seen=seen,
            )
            pushes.append(Push(key, periode, response, attempts))
            await asyncio.sleep(0.02)
    return pushes


async def test_a_partner_retrying_through_a_restart_ends_with_exactly_one_report_per_key(
    cluster: ThrowawayCluster, server: LiveServer, demo_database: str
) -> None:
    party = await party_id(demo_database, "De Connectie")
    await put_norms_in_force_from(demo_database, party, date(FIRST_PUSH_YEAR, 1, 1))
    numbers, stop, seen = itertools.count(), asyncio.Event(), list[Answer]()
    pushers = [
        asyncio.create_task(push_until_stopped(server.base_url, party, numbers, stop, seen))
        for _ in range(PUSHERS)
    ]
    down, up = await restart_under_load(cluster, Load(server.base_url, readers=0, writers=0))
    await wait_until_healthy(server.base_url, within_seconds=20)
    await asyncio.sleep(1.0)
    stop.set()
    pushes = [push for pushed in await asyncio.gather(*pushers) for push in pushed]

    print(f"{len(pushes)} pushes, {Counter(a.status for a in seen)} attempts")
    # Every push was answered in the end with its receipt; some had to cross the outage.
    assert all(push.response.status_code == 201 for push in pushes), [
        (push.periode, push.response.status_code) for push in pushes
    ]
    assert any(push.attempts > 1 for push in pushes), "no push crossed the outage"
    # During the outage: quick, clean 503 problems with Retry-After, nothing else.
    failed = [a for a in seen if a.status != 201]
    assert failed, "no attempt saw the outage"
    assert all(a.status == 503 for a in failed), describe(failed)
    assert all(a.content_type == "application/problem+json" and a.retry_after for a in failed)
    assert max(a.seconds for a in seen) < QUICK_SECONDS, describe(seen)
    assert any(down <= a.started < up for a in failed)
    # Exactly one report per key, stored whole, and the receipt is the stored report.
    stored = await pushed_reports(demo_database, party)
    assert sorted(stored) == sorted(push.periode for push in pushes), "lost or doubled reports"
    for push in pushes:
        report_id, revisie, metingen = stored[push.periode]
        assert (push.response.json()["id"], revisie, metingen) == (report_id, 1, 2)
    # A retry after the outage answers the very same receipt, and stores nothing new.
    async with httpx.AsyncClient(base_url=server.base_url, timeout=15) as client:
        for push in pushes[:: max(1, len(pushes) // 10)] + [p for p in pushes if p.attempts > 1]:
            again, _ = await retry_with_idempotency_key(
                client,
                "POST",
                f"/verbonden-partijen/{party}/rapportages",
                headers=PARTNER_DE_CONNECTIE,
                json=push_body(push.periode),
                key=push.key,
            )
            assert (again.status_code, again.content) == (201, push.response.content)
    assert await pushed_reports(demo_database, party) == stored


async def party_id(database_url: str, naam: str) -> str:
    connection = await asyncpg.connect(database_url)
    try:
        return str(
            await connection.fetchval("SELECT id FROM verbonden_partijen WHERE naam = $1", naam)
        )
    finally:
        await connection.close()


async def put_norms_in_force_from(database_url: str, party: str, since: date) -> None:
    """A version of each of the party's norms in force from `since`, with the terms of its
    first version, so a push of a quarter from then on is measured against it."""
    connection = await asyncpg.connect(database_url)
    try:
        await connection.execute(
            """INSERT INTO servicenorm_versies
                      (id, servicenorm_id, geldig_vanaf, doelwaarde, tolerantie, richting,
                       aangemaakt_op)
               SELECT gen_random_uuid(), v.servicenorm_id, $2, v.doelwaarde, v.tolerantie,
                      v.richting, now()
                 FROM servicenorm_versies v JOIN servicenormen n ON n.id = v.servicenorm_id
                WHERE n.verbonden_partij_id = $1::uuid
                  AND v.geldig_vanaf = (SELECT min(w.geldig_vanaf) FROM servicenorm_versies w
                                         WHERE w.servicenorm_id = v.servicenorm_id)""",
            party,
            since,
        )
    finally:
        await connection.close()


async def pushed_reports(database_url: str, party: str) -> dict[str, tuple[str, int, int]]:
    """Per period pushed by this test: the report's id, revision and number of metingen
    (a second revision for a period would make the period appear twice: checked by caller)."""
    connection = await asyncpg.connect(database_url)
    try:
        rows = await connection.fetch(
            """SELECT r.periode, r.id::text AS id, r.revisie,
                      (SELECT count(*) FROM metingen m WHERE m.rapportage_id = r.id) AS metingen
                 FROM rapportages r
                WHERE r.verbonden_partij_id = $1::uuid
                  AND r.periode_start >= $2 AND r.periode_start < $3""",
            party,
            date(FIRST_PUSH_YEAR, 1, 1),
            date(FIRST_DEMO_YEAR, 1, 1),
        )
    finally:
        await connection.close()
    periods = [row["periode"] for row in rows]
    assert len(periods) == len(set(periods)), f"more than one report for a period: {periods}"
    return {row["periode"]: (row["id"], row["revisie"], row["metingen"]) for row in rows}

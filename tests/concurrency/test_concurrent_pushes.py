"""Partner pushes racing across two worker processes: one key stores one report; different
keys for one period become consecutive revisions or a clean 409, never a lost revision."""

import uuid
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from tests.auth_headers import PARTNER_DE_CONNECTIE, REGIEVOERDER_ARNHEM
from tests.concurrency.harness import Call, race
from tests.conftest import DemoIds
from tests.live_server import LiveServer

pytestmark = pytest.mark.postgres_only
RACERS = 4
ROUNDS = 3
# Periods that have begun (a push of one that has not is 400) and that the demo's norms cover;
# a round may find revisions of an earlier round there, and counts from them.
PERIODS = ("2025-Q1", "2025-Q2")
CURRENT_PERIODS = ("2025-Q3", "2025-Q4", "2026-Q1")  # one per round of the kinds' race


def body(periode: str, waarde: float = 95.5) -> dict[str, Any]:
    return {
        "periode": periode,
        "soort": "prestaties",
        "metingen": [
            {"normCode": "INC-8U", "waarde": waarde},
            {"normCode": "STORING-P1", "waarde": 0},
        ],
    }


def pushing(key: str) -> dict[str, str]:
    return {**PARTNER_DE_CONNECTIE, "Idempotency-Key": key}


async def revisions(client: httpx.AsyncClient, url: str, periode: str) -> list[dict[str, Any]]:
    listed = await client.get(url, headers=REGIEVOERDER_ARNHEM, params={"periode": periode})
    assert listed.status_code == 200, listed.text
    return sorted(listed.json()["resultaten"], key=lambda report: report["revisie"])


async def test_concurrent_pushes_with_one_key_store_exactly_one_report(
    two_workers: LiveServer, demo: DemoIds
) -> None:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/rapportages"
    async with httpx.AsyncClient(base_url=two_workers.base_url) as client:
        for round_ in range(ROUNDS):
            periode, key = PERIODS[round_ % len(PERIODS)], str(uuid.uuid4())
            before = {report["id"] for report in await revisions(client, url, periode)}
            calls = [Call("POST", url, pushing(key), body(periode)) for _ in range(RACERS)]

            responses = await race(two_workers, calls)

            statuses = [response.status_code for response in responses]
            print(f"{periode}: {statuses}")
            receipts = {response.content for response in responses if response.status_code == 201}
            # A racer that finds the key still being processed gets 409 and may retry.
            assert set(statuses) <= {201, 409}, statuses
            assert len(receipts) == 1, f"one key, different receipts: {statuses}"
            stored = await revisions(client, url, periode)
            assert [report["id"] for report in stored if report["id"] not in before] == [
                next(r.json()["id"] for r in responses if r.status_code == 201)
            ]


async def test_concurrent_pushes_for_one_period_lose_no_revision(
    two_workers: LiveServer, demo: DemoIds
) -> None:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/rapportages"
    async with httpx.AsyncClient(base_url=two_workers.base_url) as client:
        for round_ in range(ROUNDS):
            periode = PERIODS[round_ % len(PERIODS)]
            earlier = await revisions(client, url, periode)
            keys = [str(uuid.uuid4()) for _ in range(RACERS)]
            calls = [
                Call("POST", url, pushing(key), body(periode, 90 + index))
                for index, key in enumerate(keys)
            ]

            responses = await race(two_workers, calls)

            statuses = [response.status_code for response in responses]
            print(f"{periode}: {statuses}")
            assert set(statuses) <= {201, 409}, statuses
            assert 201 in statuses
            accepted = {r.json()["id"]: r.json() for r in responses if r.status_code == 201}
            # Every accepted push is a stored revision, in one unbroken chain.
            stored = (await revisions(client, url, periode))[len(earlier) :]
            assert {report["id"] for report in stored} == accepted.keys()
            first = len(earlier) + 1
            assert [report["revisie"] for report in stored] == list(
                range(first, first + len(stored))
            )
            chain = [accepted[report["id"]]["vervangt"] for report in stored]
            previous = earlier[-1]["id"] if earlier else None
            assert chain == [previous] + [report["id"] for report in stored[:-1]]
            # A push refused with 409 was not remembered: sent again, it is the next revision.
            for key, call, response in zip(keys, calls, responses, strict=True):
                if response.status_code == 409:
                    again = await client.post(url, headers=pushing(key), json=call.json)
                    assert again.status_code == 201, again.text
            final = await revisions(client, url, periode)
            assert [report["revisie"] for report in final] == list(
                range(1, len(earlier) + RACERS + 1)
            )


async def test_concurrent_reports_of_different_kinds_leave_one_current_measurement(
    two_workers: LiveServer, demo: DemoIds, database_url: str
) -> None:
    """Reports of each kind for one period, pushed at once, each hold the same norm: after the
    race exactly one measurement per norm and period is current (`actueel`), the latest
    received one, as deciding again from scratch finds."""
    party = demo.party("De Connectie")
    url = f"/verbonden-partijen/{party}/rapportages"
    kinds = ("prestaties", "financieel", "algemeen")
    for periode in CURRENT_PERIODS:
        calls = [
            Call("POST", url, pushing(str(uuid.uuid4())), {**body(periode), "soort": kind})
            for kind in kinds
        ]

        responses = await race(two_workers, calls)

        assert [response.status_code for response in responses] == [201] * len(kinds)
    engine = create_async_engine(database_url)
    try:
        async with engine.connect() as connection:
            current = await connection.execute(
                text(
                    "SELECT m.servicenorm_id, m.periode, count(*) FROM metingen m"
                    " JOIN servicenormen n ON n.id = m.servicenorm_id"
                    " WHERE n.verbonden_partij_id = :party AND m.actueel"
                    " AND m.periode IN ('2025-Q3', '2025-Q4', '2026-Q1')"
                    " GROUP BY m.servicenorm_id, m.periode"
                ),
                {"party": party},
            )
            counts = [count for _, _, count in current.all()]
    finally:
        await engine.dispose()
    assert counts
    assert set(counts) == {1}, counts

"""On PostgreSQL: workers side by side deliver each event once; a worker killed mid-batch
loses nothing (after a restart every event arrives, a duplicate with the same webhook-id)."""

import asyncio
import os
import signal
import subprocess
import sys
import uuid
from datetime import timedelta

import pytest
from fastapi import FastAPI
from httpx import AsyncClient

from app.config import Settings
from app.core.db import create_engine, create_sessionmaker, utcnow
from app.meldingen.worker import Worker
from app.outbox import types
from app.outbox.service import publish
from tests.auth_headers import BEHEERDER_ARNHEM
from tests.conftest import DemoIds
from tests.live_server import PROJECT_ROOT, server_environment
from tests.meldingen.conftest import no_dns
from tests.meldingen.factories import subscription
from tests.meldingen.receiver import Receiver

pytestmark = pytest.mark.postgres_only
EVENTS = 40


async def publish_events(app: FastAPI, party_id: uuid.UUID) -> set[str]:
    async with app.state.sessionmaker() as session:
        ids = set()
        for _ in range(EVENTS):
            event = await publish(
                session,
                types.RAPPORTAGE_ONTVANGEN,
                uuid.uuid4(),
                "/rapportages/x",
                data={"verbondenPartijId": str(party_id)},
                verbonden_partij_id=party_id,
            )
            ids.add(str(event.id))
        await session.commit()
    return ids


async def test_two_workers_on_one_outbox_deliver_each_event_once(
    client: AsyncClient,
    demo: DemoIds,
    app: FastAPI,
    meldingen_settings: Settings,
    receiver: Receiver,
) -> None:
    await subscription(client, BEHEERDER_ARNHEM, callbackUrl=receiver.url)
    expected = await publish_events(app, demo.party("De Connectie"))
    settings = meldingen_settings.model_copy(update={"worker_batch_size": 5})
    engines = [create_engine(settings) for _ in range(2)]
    workers = [Worker(create_sessionmaker(engine), settings, resolver=no_dns) for engine in engines]
    try:
        for _ in range(20):
            await asyncio.gather(*(w.fan_out() for w in workers))
            await asyncio.gather(*(w.deliver_due() for w in workers))
    finally:
        for worker, engine in zip(workers, engines, strict=True):
            await worker.aclose()
            await engine.dispose()

    received = [hit.webhook_id for hit in receiver.received]
    assert sorted(received) == sorted(expected)


async def wait_for(condition: object, seconds: float) -> None:
    deadline = asyncio.get_running_loop().time() + seconds
    while not condition():  # type: ignore[operator]
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.05)


async def test_a_worker_killed_mid_batch_loses_nothing(
    client: AsyncClient,
    demo: DemoIds,
    app: FastAPI,
    meldingen_settings: Settings,
    database_url: str,
    receiver: Receiver,
) -> None:
    await subscription(client, BEHEERDER_ARNHEM, callbackUrl=receiver.url)
    expected = await publish_events(app, demo.party("De Connectie"))
    receiver.delay_seconds = 0.3  # keeps a batch in flight when the kill comes
    env = server_environment(
        database_url,
        {
            "VPM_WEBHOOK_ALLOWED_HOSTS": "127.0.0.1",
            "VPM_WORKER_POLL_SECONDS": "0.1",
            "VPM_WORKER_BATCH_SIZE": "20",
            "VPM_WORKER_CLAIM_SECONDS": "30",
        },
    )
    process = subprocess.Popen(  # noqa: ASYNC220 - a real process, killed below
        [sys.executable, "-c", "from app.cli import main; main()", "worker"],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        await wait_for(lambda: len(receiver.received) >= 3, 60)
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(10)
    before_kill = len(receiver.received)
    receiver.delay_seconds = 0

    later = utcnow() + timedelta(seconds=31)  # the dead worker's claims have expired
    restarted = Worker(
        app.state.sessionmaker, meldingen_settings, clock=lambda: later, resolver=no_dns
    )
    try:
        for _ in range(10):
            await restarted.fan_out()
            await restarted.deliver_due()
    finally:
        await restarted.aclose()

    received = [hit.webhook_id for hit in receiver.received]
    assert before_kill < EVENTS
    assert set(received) == expected
    assert len(received) >= EVENTS  # duplicates allowed, each under its event's webhook-id

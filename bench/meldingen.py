"""Notifications: what subscribers cost a partner's push, and how fast one worker delivers.

    .venv/bin/python bench/meldingen.py                     # PostgreSQL on 127.0.0.1:5432
    .venv/bin/python bench/meldingen.py --pushes 200 --events 2000

1. Creates its own database (`vpm_bench_meld_<pid>_<random>`, `bench/scratch_database.py`),
   migrates it and loads the demo data; drops it at the end (also on failure).
2. Push cost: the partner of De Connectie pushes a one-metingen report through the app
   in-process (httpx over ASGI), in alternating rounds with no subscription and with ten
   subscriptions (of ten accounts) to `rapportage.ontvangen`; medians and their ratio. The
   push writes one outbox row either way: fanning out to subscribers is the worker's job.
3. Delivery rate: the outbox gets `--events` events on De Connectie, one subscription points
   at a receiver on 127.0.0.1 (bench/meldingen_receiver.py, uvicorn in a subprocess, answers
   204), and one worker fans them out and delivers them (signing, SSRF check, POST, marking);
   events per second.
"""

import argparse
import asyncio
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from pydantic import SecretStr  # noqa: E402
from scratch_database import DEFAULT_SERVER, create_database, drop_database  # noqa: E402

from app.config import Settings  # noqa: E402
from app.core.db import create_engine, create_sessionmaker  # noqa: E402
from app.demo.loader import load_demo  # noqa: E402
from app.main import create_app  # noqa: E402
from app.meldingen.worker import Worker  # noqa: E402
from app.outbox import types  # noqa: E402
from app.outbox.service import publish  # noqa: E402

PARTNER = {"Authorization": "Bearer demo-partner-de-connectie"}
SUBSCRIBERS = [
    "beheerder-arnhem", "mt-arnhem", "regievoerder-arnhem", "lezer-arnhem", "beheerder-renkum",
    "mt-renkum", "regievoerder-renkum", "beheerder-diemen", "mt-diemen", "regievoerder-diemen",
]  # fmt: skip


async def no_dns(host: str, port: int) -> list[str]:
    """The bench sends only to 127.0.0.1 (an allowed host): nothing is ever resolved."""
    raise AssertionError(f"the bench may not resolve {host}")


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def prepare(settings: Settings) -> None:
    engine = create_engine(settings)
    async with create_sessionmaker(engine)() as session:
        await load_demo(session, only_if_empty=False)
        await session.commit()
    await engine.dispose()


async def one_push(client: httpx.AsyncClient, party: str, n: int) -> float:
    body = {
        "periode": f"{2030 + n // 4}-Q{n % 4 + 1}",
        "soort": "prestaties",
        "metingen": [{"normCode": "INC-8U", "waarde": 93.5}],
    }
    headers = {**PARTNER, "Idempotency-Key": str(uuid.uuid4())}
    start = time.perf_counter()
    response = await client.post(
        f"/verbonden-partijen/{party}/rapportages", json=body, headers=headers
    )
    elapsed = time.perf_counter() - start
    assert response.status_code == 201, response.text
    return elapsed


async def push_cost(settings: Settings, pushes: int) -> tuple[float, float]:
    app = create_app(settings)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://bench/api/v1"
        ) as client,
    ):
        parties = await client.get("/verbonden-partijen", headers=PARTNER)
        party = parties.json()["resultaten"][0]["id"]
        for n in range(20):  # warm-up
            await one_push(client, party, 3_000 + n)
        without: list[float] = []
        with_ten: list[float] = []
        for round_ in range(10):  # alternating, so drift on a shared machine hits both alike
            ids = await subscribe_ten(client) if round_ % 2 else []
            target = with_ten if ids else without
            for _ in range(pushes // 10):
                target.append(await one_push(client, party, len(without) + len(with_ten)))
            for account, abonnement_id in ids:  # the delivery phase sends to its receiver only
                await client.delete(
                    f"/abonnementen/{abonnement_id}",
                    headers={"Authorization": f"Bearer demo-{account}"},
                )
        return statistics.median(without), statistics.median(with_ten)


async def subscribe_ten(client: httpx.AsyncClient) -> list[tuple[str, str]]:
    ids = []
    for account in SUBSCRIBERS:
        created = await client.post(
            "/abonnementen",
            headers={"Authorization": f"Bearer demo-{account}"},
            json={
                "callbackUrl": "https://hooks.example.org/x",
                "soorten": [types.RAPPORTAGE_ONTVANGEN],
            },
        )
        ids.append((account, created.json()["id"]))
    return ids


async def raw_posts(url: str, count: int) -> float:
    """Baseline: the same number of POSTs of a CloudEvent-sized body with plain httpx, ten in
    flight (as the worker), without the outbox, the checks or the signature."""
    body = b'{"specversion":"1.0","data":{}}' + b" " * 400
    gate = asyncio.Semaphore(10)
    async with httpx.AsyncClient(trust_env=False) as client:

        async def one() -> None:
            async with gate:
                (await client.post(url, content=body)).raise_for_status()

        start = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(count)))
        return count / (time.perf_counter() - start)


async def delivery_rate(settings: Settings, events: int) -> tuple[float, int, float]:
    port = free_port()
    receiver = subprocess.Popen(  # noqa: ASYNC220, S603 - our own receiver
        [
            sys.executable,
            "-m",
            "uvicorn",
            "bench.meldingen_receiver:app",
            "--port",
            str(port),
            "--log-level",
            "warning",
            "--lifespan",
            "off",
        ],
        cwd=ROOT,
    )
    try:
        for _ in range(100):
            try:
                httpx.post(f"http://127.0.0.1:{port}/", timeout=0.5)  # noqa: ASYNC210
                break
            except httpx.HTTPError:
                await asyncio.sleep(0.1)
        settings = settings.model_copy(
            update={"webhook_allowed_hosts": ["127.0.0.1"], "worker_batch_size": 200}
        )
        app = create_app(settings)
        async with (
            app.router.lifespan_context(app),
            httpx.AsyncClient(
                transport=httpx.ASGITransport(app=app), base_url="http://bench/api/v1"
            ) as client,
        ):
            await client.post(
                "/abonnementen",
                headers={"Authorization": "Bearer demo-beheerder-arnhem"},
                json={
                    "callbackUrl": f"http://127.0.0.1:{port}/hook",
                    "soorten": [types.RAPPORTAGE_ONTVANGEN],
                },
            )
            parties = await client.get("/verbonden-partijen", headers=PARTNER)
            party = uuid.UUID(parties.json()["resultaten"][0]["id"])
            async with app.state.sessionmaker() as session:
                for _ in range(events):
                    await publish(
                        session,
                        types.RAPPORTAGE_ONTVANGEN,
                        uuid.uuid4(),
                        "/rapportages/x",
                        data={"verbondenPartijId": str(party)},
                        verbonden_partij_id=party,
                    )
                await session.commit()
            worker = Worker(app.state.sessionmaker, settings, resolver=no_dns)
            start, delivered = time.perf_counter(), 0
            await worker.fan_out()
            while True:
                telling = await worker.deliver_due()
                if not telling.uitkomsten:
                    break
                delivered += telling.afgeleverd
            elapsed = time.perf_counter() - start
            await worker.aclose()
        baseline = await raw_posts(f"http://127.0.0.1:{port}/hook", delivered)
        return delivered / elapsed, delivered, baseline
    finally:
        receiver.terminate()
        receiver.wait(10)


async def main(arguments: argparse.Namespace) -> None:
    name, url = await create_database(arguments.server, "vpm_bench_meld")
    try:
        settings = Settings(
            database_url=SecretStr(url), log_level="WARNING", partner_push_limit=100_000
        )
        await prepare(settings)
        without, with_ten = await push_cost(settings, arguments.pushes)
        print(f"push, no subscribers:  median {without * 1000:.2f} ms")
        print(f"push, ten subscribers: median {with_ten * 1000:.2f} ms")
        print(f"ratio (goal <= 1.2):   {with_ten / without:.3f}")
        rate, delivered, baseline = await delivery_rate(settings, arguments.events)
        print(f"one worker delivered {delivered} events to a local receiver: {rate:.0f} events/s")
        print(f"baseline, plain httpx POSTs to the same receiver: {baseline:.0f} requests/s")
        print(f"worker / baseline: {rate / baseline:.2f}")
    finally:
        await drop_database(arguments.server, name)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--server", default=DEFAULT_SERVER)
    parser.add_argument("--pushes", type=int, default=200)
    parser.add_argument("--events", type=int, default=1000)
    asyncio.run(main(parser.parse_args()))

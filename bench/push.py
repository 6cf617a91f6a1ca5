"""Benchmark: partner pushes of 50 and 1,000 metingen through the real app on PostgreSQL.

Builds its own database (unique name; dropped at the end), migrates it, seeds one party with
1,000 quarterly norms and a partner token, serves the app with uvicorn in a subprocess, and
measures, in the same run:

- GET /api/v1/health (baseline: the HTTP stack plus one `SELECT 1`);
- POST …/rapportages with 50 and with 1,000 metingen (each a new key and a new period);
- a replay of a 1,000-metingen push with its key (the stored response);
- baseline: a raw asyncpg multi-row INSERT of the same 1,000 rows into a copy of `metingen`.

Usage: .venv/bin/python bench/push.py [--server postgresql://postgres@127.0.0.1:5432]
"""

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import asyncpg
import httpx
from pydantic import SecretStr

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from scratch_database import create_database, drop_database, plain_dsn  # noqa: E402

from app.auth.models import Gebruiker  # noqa: E402
from app.auth.principal import SystemActor  # noqa: E402
from app.auth.roles import Rol  # noqa: E402
from app.config import Settings  # noqa: E402
from app.core.db import create_engine, create_sessionmaker  # noqa: E402
from app.core.periods import Granulariteit  # noqa: E402
from app.gebruikers import service as accounts  # noqa: E402
from app.organisaties.models import Organisatie, OrganisatieSoort  # noqa: E402
from app.servicenormen.models import (  # noqa: E402
    Eenheid,
    Richting,
    Servicenorm,
    ServicenormVersie,
)
from app.verbonden_partijen.models import (  # noqa: E402
    BbvCategorie,
    Deelname,
    Rechtsvorm,
    VerbondenPartij,
)

TOKEN = "bench-partner-token"  # noqa: S105 - a throw-away database's token
NORMS = 1_000


async def seed(url: str) -> None:
    """One municipality, one party with 1,000 quarterly norms, a partner account with a token."""
    engine = create_engine(Settings(database_url=SecretStr(url), log_level="WARNING"))
    async with create_sessionmaker(engine)() as session:
        gemeente = Organisatie(naam="Benchgemeente", soort=OrganisatieSoort.GEMEENTE)
        party = VerbondenPartij(
            naam="Benchpartij",
            vestigingsplaats="Arnhem",
            bbv_categorie=BbvCategorie.GEMEENSCHAPPELIJKE_REGELING,
            rechtsvorm=Rechtsvorm.OPENBAAR_LICHAAM,
            openbaar_belang="Benchmark",
            monitoringsniveau=1,
        )
        session.add_all([gemeente, party])
        await session.flush()
        session.add(Deelname(verbonden_partij_id=party.id, organisatie_id=gemeente.id))
        for number in range(NORMS):
            norm = Servicenorm(
                verbonden_partij_id=party.id,
                code=f"N{number:04d}",
                naam=f"Norm {number}",
                eenheid=Eenheid.percentage,
                frequentie=Granulariteit.kwartaal,
            )
            norm.versies = [
                ServicenormVersie(
                    geldig_vanaf=date(1900, 1, 1),
                    doelwaarde=Decimal(95),
                    tolerantie=Decimal(5),
                    richting=Richting.hoger_is_beter,
                )
            ]
            session.add(norm)
        partner = Gebruiker(naam="Bench partner", rol=Rol.PARTNER, verbonden_partij_id=party.id)
        session.add(partner)
        await session.flush()
        expiry = datetime.now(UTC) + timedelta(days=1)
        await accounts.create_token(session, SystemActor(), partner, "bench", expiry, secret=TOKEN)
        await session.commit()
        party_id = party.id
    await engine.dispose()
    global PARTY_ID
    PARTY_ID = party_id


PARTY_ID: uuid.UUID | None = None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def serve(url: str, port: int) -> subprocess.Popen[bytes]:
    # The partner push limit (120 a minute) off: this measures a push, not the limit.
    env = {
        **os.environ,
        "VPM_DATABASE_URL": url,
        "VPM_LOG_LEVEL": "WARNING",
        "VPM_PARTNER_PUSH_LIMIT": "1000000",
    }
    return subprocess.Popen(  # noqa: S603 - our own interpreter and arguments
        [
            sys.executable,
            "-m",
            "uvicorn",
            "app.main:create_app",
            "--factory",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--no-access-log",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )


async def wait_until_up(client: httpx.AsyncClient) -> None:
    """Up to a minute: on a busy machine the app takes far longer than 10 s to import."""
    for _ in range(600):
        try:
            if (await client.get("/health")).status_code == 200:
                return
        except httpx.TransportError:
            pass
        await asyncio.sleep(0.1)
    raise RuntimeError("the server did not come up")


def push_body(size: int, run: int) -> dict[str, object]:
    """A report for a distinct quarter per run, with `size` metingen of different norms: run 0
    is this quarter, run n the n-th before it (a period that has not begun is refused; the
    norms are in force from 1900)."""
    today = date.today()
    index = today.year * 4 + (today.month - 1) // 3 - run
    quarter = f"{index // 4}-Q{index % 4 + 1}"
    metingen = [
        {"normCode": f"N{number:04d}", "waarde": 90 + (number % 100) / 10} for number in range(size)
    ]
    return {"periode": quarter, "soort": "prestaties", "metingen": metingen}


async def timed(runs: int, action: Callable[[int], Awaitable[None]]) -> list[float]:
    durations = []
    for run in range(runs):
        started = time.perf_counter()
        await action(run)
        durations.append(time.perf_counter() - started)
    return durations


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[index]


def report(name: str, durations: list[float], rows: int) -> tuple[str, float]:
    p50 = statistics.median(durations)
    per_second = len(durations) / sum(durations)
    line = (
        f"{name:<34} n={len(durations):<4} {per_second:8.1f} req/s {per_second * rows:10.0f} rows/s"
        f"   p50 {p50 * 1000:7.1f} ms  p95 {percentile(durations, 0.95) * 1000:7.1f} ms"
        f"  p99 {percentile(durations, 0.99) * 1000:7.1f} ms"
    )
    print(line)
    return name, p50


async def raw_insert_baseline(dsn: str, runs: int) -> list[float]:
    """The same 1,000 rows (with their stored outcome and current flag) as one multi-row
    INSERT over raw asyncpg, into a copy of metingen without its indexes and foreign keys
    (emptied each time)."""
    connection = await asyncpg.connect(dsn)
    try:
        await connection.execute("CREATE TEMP TABLE bench_metingen (LIKE metingen)")
        columns = (
            "id, rapportage_id, servicenorm_id, periode, periode_start, periode_eind, waarde, "
            "uitkomst, actueel"
        )
        values = ", ".join(
            "(" + ", ".join(f"${i * 9 + column}" for column in range(1, 10)) + ")"
            for i in range(NORMS)
        )
        statement = f"INSERT INTO bench_metingen ({columns}) VALUES {values}"  # noqa: S608
        report_id, norm_ids = uuid.uuid4(), [uuid.uuid4() for _ in range(NORMS)]
        durations = []
        for _ in range(runs):
            params: list[object] = []
            for number in range(NORMS):
                params += [
                    uuid.uuid4(), report_id, norm_ids[number], "2001-Q1",
                    date(2001, 1, 1), date(2001, 3, 31), Decimal(90) + Decimal(number % 100) / 10,
                    "gehaald", True,
                ]  # fmt: skip
            started = time.perf_counter()
            async with connection.transaction():
                await connection.execute(statement, *params)
            durations.append(time.perf_counter() - started)
            await connection.execute("TRUNCATE bench_metingen")
        return durations
    finally:
        await connection.close()


async def measure(base_url: str, dsn: str, runs: int) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    url = f"/verbonden-partijen/{PARTY_ID}/rapportages"
    async with httpx.AsyncClient(base_url=base_url, headers=headers, timeout=60) as client:
        await wait_until_up(client)
        run_counter = iter(range(1, 10_000))  # run 0 is the replay's quarter

        async def push(size: int, key: str | None = None) -> httpx.Response:
            body = push_body(size, next(run_counter))
            response = await client.post(
                url, json=body, headers={"Idempotency-Key": key or str(uuid.uuid4())}
            )
            assert response.status_code == 201, response.text
            return response

        for _ in range(5):  # warm up: connections, prepared statements, code paths
            await push(50)
            await client.get("/health")

        async def health(_: int) -> None:
            assert (await client.get("/health")).status_code == 200

        async def push_50(_: int) -> None:
            await push(50)

        async def push_1000(_: int) -> None:
            await push(NORMS)

        replay_key = str(uuid.uuid4())
        replay_body = push_body(NORMS, 0)
        first = await client.post(url, json=replay_body, headers={"Idempotency-Key": replay_key})
        assert first.status_code == 201

        async def replay_1000(_: int) -> None:
            response = await client.post(
                url, json=replay_body, headers={"Idempotency-Key": replay_key}
            )
            assert response.status_code == 201

        print(f"\n{'operation':<34} {'':<6} {'throughput':>30}   latency")
        results = dict(
            [
                report("GET /health (baseline)", await timed(runs * 4, health), 1),
                report("push 50 metingen", await timed(runs * 2, push_50), 50),
                report("push 1,000 metingen", await timed(runs, push_1000), NORMS),
                report("replay 1,000 (same key)", await timed(runs, replay_1000), NORMS),
                report(
                    "raw asyncpg INSERT 1,000 (baseline)",
                    await raw_insert_baseline(dsn, runs),
                    NORMS,
                ),
            ]
        )
    health, raw = results["GET /health (baseline)"], results["raw asyncpg INSERT 1,000 (baseline)"]
    small, large = results["push 50 metingen"], results["push 1,000 metingen"]
    print("\nratios of median latency (same run):")
    print(f"  push 50 / GET /health:                 {small / health:6.1f}x")
    print(f"  push 1,000 / raw asyncpg INSERT 1,000: {large / raw:6.1f}x")
    print(f"  push 1,000 / push 50:                  {large / small:6.1f}x")


async def main(server: str, runs: int, port: int) -> None:
    database, url = await create_database(server, "vpm_bench")
    process = None
    try:
        await seed(url)
        process = serve(url, port)
        print(f"database {database}, {NORMS} norms, uvicorn (1 worker) on port {port}")
        await measure(f"http://127.0.0.1:{port}/api/v1", plain_dsn(server, database), runs)
    finally:
        if process is not None:
            process.terminate()
            process.wait(timeout=10)
        await drop_database(server, database)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", default="postgresql://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--runs", type=int, default=30, help="pushes of 1,000 (others scale)")
    parser.add_argument("--port", type=int, default=0, help="0: a free port")
    arguments = parser.parse_args()
    asyncio.run(main(arguments.server, arguments.runs, arguments.port or free_port()))

"""Benchmark: the dashboard overview and drill-down on a national data set, on PostgreSQL.

One command, from a clean checkout:

    .venv/bin/python bench/dashboard.py

1. creates its own database, migrates it and fills it with the national data set
   (`bench/national.py`: 342 municipalities, ~1,500 parties, ~600,000 measurements);
2. serves, with the same uvicorn options and worker count (`--workers`, default 1):
   the real app; the real app with the overview cache off (`VPM_DASHBOARD_CACHE_SECONDS=0`);
   and the baseline (`bench/baseline_app.py`: FastAPI reading one row with raw asyncpg);
3. loads each with `--connections` (default 32) keep-alive connections for `--seconds`
   after a warm-up, cycling through every municipality's lezer token (the overview) or
   through (regievoerder-free) MT tokens and their parties (the drill-down); every request
   goes through the route (versions read, token checked);
4. prints throughput and p50/p95/p99 for each, the ratios to the baseline with the issue's
   target beside each, the machine's load average, and drops the database (unless
   `--keep`).
"""

import argparse
import asyncio
import os
import random
import socket
import subprocess
import sys
import time
from pathlib import Path

import asyncpg
import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import loadgen as load  # noqa: E402
import national  # noqa: E402
import scratch_database  # noqa: E402

# Issue 17's targets: (share of the baseline's throughput, p99 in seconds or None).
TARGETS: dict[str, tuple[float, float | None]] = {
    "GET /dashboard (unchanged, via the route)": (0.15, 0.150),
    "GET /dashboard (10 writes/s)": (0.10, None),
    "GET /dashboard (10 partner pushes/s)": (0.10, None),
    "GET /dashboard (computed, cache off)": (0.05, None),
    "GET /dashboard/verbonden-partijen/{id}": (0.05, None),
}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def serve(app: str, port: int, workers: int, env: dict[str, str]) -> subprocess.Popen[bytes]:
    command = [
        sys.executable,
        "-m",
        "uvicorn",
        app,
        "--factory",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--no-access-log",
        "--log-level",
        "warning",
    ]
    return subprocess.Popen(command, cwd=ROOT, env={**os.environ, **env})  # noqa: S603


async def wait_until_up(url: str) -> None:
    """Up to two minutes: on a busy machine three servers take long to import."""
    async with httpx.AsyncClient() as client:
        for _ in range(1200):
            try:
                if (await client.get(url)).status_code < 500:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.1)
    raise RuntimeError(f"{url} did not come up")


def overview_requests(
    dataset: national.Dataset, etags: dict[str, str] | None = None
) -> list[load.Request]:
    """Every municipality's overview as its lezer; with `etags` (token → ETag), as a poller
    that sends the ETag of its last read."""
    requests = []
    for gemeente in dataset.gemeenten:
        headers = [("Authorization", f"Bearer {gemeente.lezer_token}")]
        if etags is not None:
            headers.append(("If-None-Match", etags[gemeente.lezer_token]))
        requests.append(load.Request(OVERVIEW, tuple(headers)))
    return requests


OVERVIEW = "/api/v1/dashboard?pageSize=100"


def drill_down_requests(dataset: national.Dataset, rng: random.Random) -> list[load.Request]:
    requests = []
    for gemeente in dataset.gemeenten:
        for party_id in rng.sample(gemeente.partijen, min(3, len(gemeente.partijen))):
            requests.append(
                load.Request(
                    f"/api/v1/dashboard/verbonden-partijen/{party_id}",
                    (("Authorization", f"Bearer {gemeente.mt_token}"),),
                )
            )
    rng.shuffle(requests)
    return requests


def baseline_requests() -> list[load.Request]:
    return [load.Request(f"/baseline/GM{number:04d}") for number in range(national.MUNICIPALITIES)]


async def measure(
    dataset: national.Dataset, ports: dict[str, int], arguments: argparse.Namespace
) -> list[load.Result]:
    rng = random.Random(7)
    host, connections, seconds = "127.0.0.1", arguments.connections, arguments.seconds
    results = []
    lezers = [("Authorization", f"Bearer {g.lezer_token}") for g in dataset.gemeenten]
    plan = [
        ("baseline: FastAPI + asyncpg, 1 row", ports["baseline"], baseline_requests()),
        ("app floor: GET /health (SELECT 1)", ports["app"], [load.Request("/api/v1/health")]),
        (
            "app floor: GET /gebruikersprofiel",
            ports["app"],
            [load.Request("/api/v1/gebruikersprofiel", (header,)) for header in lezers],
        ),
        ("WARM", ports["app"], []),
        ("GET /dashboard (unchanged, via the route)", ports["app"], overview_requests(dataset)),
        ("POLL", ports["app"], []),
        ("WRITE", ports["app"], []),
        ("PUSH", ports["app"], []),
        ("GET /dashboard (computed, cache off)", ports["cold"], overview_requests(dataset)),
        ("GET /dashboard/verbonden-partijen/{id}", ports["app"], drill_down_requests(dataset, rng)),
    ]
    etags: dict[str, str] = {}
    for name, port, requests in plan:
        if name == "WARM":
            # The cached overview is measured in its steady state (dashboards are read far
            # more often than the data changes): after one pass over every municipality.
            etags = await warm_up(host, port, overview_requests(dataset))
            continue
        if name == "POLL":
            # Pollers that send the ETag of their last read: 304 without a body.
            polled = overview_requests(dataset, etags)
            result = await load.run(
                "GET /dashboard (If-None-Match: 304)",
                host,
                port,
                polled,
                connections,
                seconds,
                arguments.warmup,
                expected=304,
            )
            print(result.line(), flush=True)
            results.append(result)
            continue
        if name in WRITES:
            # ... and again while another process writes, each write voiding the overview of
            # every participant of a random party, which the next request recomputes: a
            # change of the party itself (every column), or a partner's push (the columns of
            # what the partner delivers).
            result = await while_writing(dataset, arguments, host, port, name)
            print(result.line(), flush=True)
            results.append(result)
            continue
        result = await load.run(name, host, port, requests, connections, seconds, arguments.warmup)
        print(result.line(), flush=True)
        results.append(result)
    return results


async def while_writing(
    dataset: national.Dataset, arguments: argparse.Namespace, host: str, port: int, kind: str
) -> load.Result:
    rate = arguments.writes_per_second
    what, event, bump = WRITES[kind]
    name = f"GET /dashboard ({rate:g} {what}/s)"
    parties = [party for gemeente in dataset.gemeenten for party in gemeente.partijen]
    connection = await asyncpg.connect(
        scratch_database.plain_dsn(arguments.server, arguments.database)
    )
    stop = asyncio.Event()

    async def write() -> int:
        """A write on a random party as the service makes one: its audit event and its
        party's version bumped, in one transaction."""
        rng, written = random.Random(11), 0
        while not stop.is_set():
            party = rng.choice(parties)
            async with connection.transaction():
                await connection.execute(event, party)
                await connection.execute(bump, party)
            written += 1
            await asyncio.sleep(1 / rate)
        return written

    writer = asyncio.create_task(write())
    try:
        requests = overview_requests(dataset)
        connections, seconds, warmup = arguments.connections, arguments.seconds, arguments.warmup
        return await load.run(name, host, port, requests, connections, seconds, warmup)
    finally:
        stop.set()
        print(f"  ({await writer} writes by another process during this target)", flush=True)
        await connection.close()


WRITE = """INSERT INTO audit_gebeurtenissen (id, tijdstip, actor_naam, actor_rol,
    verbonden_partij_id, gedeeld, entiteit, entiteit_id, actie)
    VALUES (gen_random_uuid(), now(), 'bench', 'systeem', $1, true, 'verbonden_partij', $1,
    'wijzigen')"""
BUMP = """INSERT INTO gegevensversies (id, versie) VALUES ($1, 1)
    ON CONFLICT (id) DO UPDATE SET versie = gegevensversies.versie + 1"""
PUSH = """INSERT INTO audit_gebeurtenissen (id, tijdstip, actor_naam, actor_rol,
    verbonden_partij_id, gedeeld, entiteit, entiteit_id, actie)
    VALUES (gen_random_uuid(), now(), 'bench', 'partner', $1, true, 'rapportage',
    gen_random_uuid(), 'aangemaakt')"""
BUMP_DELIVERY = """INSERT INTO gegevensversies (id, versie, leveringen) VALUES ($1, 1, 1)
    ON CONFLICT (id) DO UPDATE SET versie = gegevensversies.versie + 1,
    leveringen = gegevensversies.leveringen + 1"""
# The writes of the targets "while another process writes": what the name says, the audit
# event and the version bump, as the service makes them (app/core/versions.py).
WRITES = {
    "WRITE": ("writes", WRITE, BUMP),  # a change of the party itself, as a beheerder's
    "PUSH": ("partner pushes", PUSH, BUMP_DELIVERY),  # a rapportage's, only a delivery
}


async def warm_up(host: str, port: int, requests: list[load.Request]) -> dict[str, str]:
    """Every request once, four at a time; the ETag each token got."""
    started = time.perf_counter()
    limit = asyncio.Semaphore(4)
    etags: dict[str, str] = {}
    async with httpx.AsyncClient(base_url=f"http://{host}:{port}", timeout=120) as client:

        async def one(request: load.Request) -> None:
            async with limit:
                headers = dict(request.headers)  # the ETag depends on Accept: as loadgen's
                headers["Accept"] = "application/json"
                response = await client.get(request.path, headers=headers)
                assert response.status_code == 200, response.text
                etags[headers["Authorization"].removeprefix("Bearer ")] = response.headers["ETag"]

        await asyncio.gather(*(one(request) for request in requests))
    took = time.perf_counter() - started
    print(f"cache warmed: {len(requests)} overviews computed in {took:.1f} s", flush=True)
    return etags


def report(results: list[load.Result], arguments: argparse.Namespace) -> None:
    baseline = results[0]
    print(f"\nratios to the baseline ({baseline.throughput:.0f} req/s), same run:")
    for result in results[1:]:
        ratio = result.throughput / baseline.throughput
        line = f"  {result.name:<44} {ratio:6.1%} of throughput"
        if result.name in TARGETS:
            share, p99_limit = TARGETS[result.name]
            p99 = result.percentile(0.99)
            met = ratio >= share and (p99_limit is None or p99 < p99_limit)
            wanted = f">= {share:.0%}" + (f", p99 < {p99_limit * 1000:.0f} ms" if p99_limit else "")
            line += f"   target {wanted}: {'met' if met else 'MISSED'} (p99 {p99 * 1000:.1f} ms)"
        print(line)
    print(f"load average now: {os.getloadavg()}  cpus: {os.cpu_count()}")


async def main(arguments: argparse.Namespace) -> None:
    print(f"load average at start: {os.getloadavg()}  cpus: {os.cpu_count()}", flush=True)
    database, url = await scratch_database.create_database(arguments.server, "vpm_dashboard_bench")
    arguments.database = database
    processes: list[subprocess.Popen[bytes]] = []
    try:
        dataset = await national.generate(scratch_database.plain_dsn(arguments.server, database))
        for line in national.summary(dataset):
            print(line)
        ports = {name: free_port() for name in ("app", "cold", "baseline")}
        common = {"VPM_DATABASE_URL": url, "VPM_LOG_LEVEL": "WARNING"}
        processes = [
            serve("app.main:create_app", ports["app"], arguments.workers, common),
            serve(
                "app.main:create_app",
                ports["cold"],
                arguments.workers,
                {**common, "VPM_DASHBOARD_CACHE_SECONDS": "0"},
            ),
            serve(
                "bench.baseline_app:create_app",
                ports["baseline"],
                arguments.workers,
                {"BASELINE_DSN": scratch_database.plain_dsn(arguments.server, database)},
            ),
        ]
        for name, port in ports.items():
            path = "/baseline/GM0000" if name == "baseline" else "/api/v1/health"
            await wait_until_up(f"http://127.0.0.1:{port}{path}")
        print(
            f"\nuvicorn, {arguments.workers} worker(s) per server; {arguments.connections} "
            f"connections; {arguments.seconds:.0f} s per target after {arguments.warmup:.0f} s "
            "warm-up\n",
            flush=True,
        )
        started = time.perf_counter()
        results = await measure(dataset, ports, arguments)
        report(results, arguments)
        print(f"measured in {time.perf_counter() - started:.0f} s")
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=20)
        if arguments.keep:
            print(f"kept: {scratch_database.plain_dsn(arguments.server, database)}")
        else:
            await scratch_database.drop_database(arguments.server, database)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", default="postgresql://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--workers", type=int, default=1, help="uvicorn workers per server")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=20.0, help="measured per target")
    parser.add_argument("--warmup", type=float, default=3.0, help="unmeasured, per target")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument(
        "--writes-per-second", type=float, default=10.0, help="another process's, in one target"
    )
    asyncio.run(main(parser.parse_args()))

"""Load: a documented mix of dashboard reads, partner pushes and status-report edits at 32
concurrent clients against two uvicorn workers on PostgreSQL.

Builds its own database from the demo data (unique name; dropped at the end, also on failure),
serves the real app with `uvicorn --workers 2`, drafts a few status reports to edit, then runs
the mix (see MIX and bench/README.md) for `--seconds` and prints per kind and overall:
throughput, latency p50/p95/p99, errors, the 412s of deliberately concurrent edits, and the
resident memory (RSS) of each worker at the end. Before the mix, a baseline at the same
concurrency: GET /health (the HTTP stack plus one `SELECT 1`).

An error is a transport failure, a timeout, any status outside the kind's expected statuses,
or a replayed push whose receipt differs from the first. Exits 1 when there is any error.

Usage: .venv/bin/python bench/load.py [--seconds 60] [--clients 32] [--workers 2]
                                      [--server postgresql://postgres@127.0.0.1:5432/postgres]
"""

import argparse
import asyncio
import itertools
import os
import random
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from pydantic import SecretStr

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from scratch_database import create_database, drop_database  # noqa: E402

from app.config import Settings  # noqa: E402
from app.core.db import create_engine, create_sessionmaker  # noqa: E402
from app.demo.loader import load_demo  # noqa: E402


def bearer(name: str) -> dict[str, str]:
    return {"Authorization": f"Bearer demo-{name}"}


LEZER, MT = bearer("lezer-arnhem"), bearer("mt-arnhem")
PARTNER = bearer("partner-de-connectie")
AUTHORS = (bearer("regievoerder-arnhem"), bearer("regievoerder-renkum"))
DRAFT_PERIODS = [f"{year}-H{half}" for year in range(2022, 2027) for half in (1, 2)]
FIRST_PUSH_YEAR = 2100  # pushes go to periods no demo data uses, one quarter per push
TIMEOUT_SECONDS = 30


@dataclass(frozen=True)
class Kind:
    name: str
    group: str  # reads, pushes, edits: the mix is set per group
    weight: int  # within its group
    request: str
    expected: frozenset[int] = frozenset({200})


# The mix. Each client picks a group by GROUP_WEIGHTS, then a kind in it by weight; an edit
# is two requests (read for the ETag, then PATCH with If-Match), measured as two kinds.
GROUP_WEIGHTS = {"reads": 60, "pushes": 25, "edits": 15}
CREATED, EDITED = frozenset({201}), frozenset({200, 412})
KINDS = [
    Kind("dashboard", "reads", 3, "GET /dashboard (lezer), when the route exists"),
    Kind("dashboard-partij", "reads", 2, "GET /dashboard/verbonden-partijen/{id} (mt), idem"),
    Kind("partijen", "reads", 2, "GET /verbonden-partijen (lezer): the party list"),
    Kind("voortgang-lijst", "reads", 1, "GET /voortgangsrapportages (mt)"),
    Kind("voortgang", "reads", 2, "GET /voortgangsrapportages/{id} (lezer)"),
    Kind("normreeks", "reads", 2, "GET /servicenormen/{id}/metingen (lezer): a time series"),
    Kind("norm-uitkomsten", "reads", 1, "GET /verbonden-partijen/{id}/norm-uitkomsten (mt)"),
    Kind("push", "pushes", 9, "POST …/rapportages (partner), new Idempotency-Key", CREATED),
    Kind("push-herhaald", "pushes", 1, "the same push again with its key", CREATED),
    Kind("status-lezen", "edits", 1, "GET /voortgangsrapportages/{id} (regievoerder): ETag"),
    Kind("status-bewerken", "edits", 0, "then PATCH it with If-Match (412: lost)", EDITED),
]
BY_NAME = {kind.name: kind for kind in KINDS}


@dataclass
class Sample:
    kind: str
    status: int  # 0: transport error or timeout
    seconds: float
    error: str | None = None


@dataclass
class Fixture:
    """Ids the mix needs, read from the demo data once the server is up."""

    party: str
    norms: list[str]
    reports: list[str]
    drafts: list[tuple[str, dict[str, str]]]  # id and its author's headers
    dashboard: bool
    pushes: "itertools.count[int]" = field(default_factory=itertools.count)
    receipts: list[tuple[str, dict[str, Any], bytes]] = field(default_factory=list)


async def load_demo_data(url: str) -> None:
    engine = create_engine(Settings(database_url=SecretStr(url), log_level="WARNING"))
    async with create_sessionmaker(engine)() as session:
        await load_demo(session, only_if_empty=False)
        await session.commit()
    await engine.dispose()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def serve(url: str, port: int, workers: int) -> subprocess.Popen[bytes]:
    env = {
        **{key: value for key, value in os.environ.items() if not key.startswith("VPM_")},
        "VPM_DATABASE_URL": url,
        "VPM_LOG_LEVEL": "WARNING",
        # The pushes of this bench all use one partner token: lift its rate limit (the limiter's
        # own counter upsert still runs on every push, so its cost is in the figures).
        "VPM_PARTNER_PUSH_LIMIT": "100000000",
    }
    command_line = [
        sys.executable, "-m", "uvicorn", "app.main:create_app", "--factory",
        "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers),
        "--no-access-log", "--log-level", "warning",
    ]  # fmt: skip
    return subprocess.Popen(  # noqa: S603 - our own interpreter and arguments
        command_line, cwd=ROOT, env=env, start_new_session=True
    )


async def wait_until_up(base_url: str) -> None:
    async with httpx.AsyncClient(base_url=base_url) as client:
        for _ in range(300):
            try:
                if (await client.get("/health")).status_code == 200:
                    await asyncio.sleep(1.0)  # let the other workers finish their start
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.1)
    raise RuntimeError("the server did not come up")


def worker_rss(master: int) -> list[tuple[int, float]]:
    """(pid, RSS in MiB) of each worker process of the uvicorn master (Linux /proc)."""
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    result = []
    for pid in map(int, children):
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
        if b"resource_tracker" in cmdline:
            continue
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                result.append((pid, int(line.split()[1]) / 1024))
    return result


async def prepare(client: httpx.AsyncClient) -> Fixture:
    """Find the demo ids; draft status reports to edit (each author's own municipality)."""
    parties = (await client.get("/verbonden-partijen", headers=LEZER)).json()["resultaten"]
    party = next(p["id"] for p in parties if p["naam"] == "De Connectie")
    norms_page = await client.get(f"/verbonden-partijen/{party}/servicenormen", headers=LEZER)
    norms = [norm["id"] for norm in norms_page.json()["resultaten"]]
    drafts = []
    for headers, periode in itertools.product(AUTHORS, DRAFT_PERIODS):
        created = await client.post(
            "/voortgangsrapportages",
            headers=headers,
            json={"verbondenPartijId": party, "periode": periode},
        )
        if created.status_code == 201:
            drafts.append((created.json()["id"], headers))
    listed = await client.get("/voortgangsrapportages?pageSize=100", headers=MT)
    reports = [report["id"] for report in listed.json()["resultaten"]]
    dashboard = (await client.get("/dashboard", headers=LEZER)).status_code == 200
    if not drafts or not norms:
        raise RuntimeError(f"nothing to edit or read: {len(drafts)} drafts, {len(norms)} norms")
    return Fixture(party, norms, reports, drafts, dashboard)


def push_body(number: int) -> dict[str, Any]:
    quarter = f"{FIRST_PUSH_YEAR + (number // 4) % 900}-Q{number % 4 + 1}"
    return {
        "periode": quarter,
        "soort": "prestaties",
        "toelichting": "Belastingtest.",
        "metingen": [
            {"normCode": "INC-8U", "waarde": 90 + number % 10},
            {"normCode": "STORING-P1", "waarde": number % 3},
        ],
    }


Call = Callable[[httpx.AsyncClient, random.Random], Awaitable[list[Sample]]]


def operations(fx: Fixture) -> dict[str, Call]:
    """The request(s) of each kind; an edit returns two samples."""

    async def timed(kind: str, send: Awaitable[httpx.Response]) -> tuple[Sample, httpx.Response]:
        started = time.perf_counter()
        response = await send
        sample = Sample(kind, response.status_code, time.perf_counter() - started)
        return sample, response

    def read(kind: str, path: Callable[[random.Random], str], headers: dict[str, str]) -> Call:
        async def call(client: httpx.AsyncClient, rng: random.Random) -> list[Sample]:
            return [(await timed(kind, client.get(path(rng), headers=headers)))[0]]

        return call

    async def push(client: httpx.AsyncClient, rng: random.Random) -> list[Sample]:
        body, key = push_body(next(fx.pushes)), str(uuid.uuid4())
        headers = {**PARTNER, "Idempotency-Key": key}
        url = f"/verbonden-partijen/{fx.party}/rapportages"
        sample, response = await timed("push", client.post(url, json=body, headers=headers))
        if response.status_code == 201:
            fx.receipts.append((key, body, response.content))
        return [sample]

    async def replay(client: httpx.AsyncClient, rng: random.Random) -> list[Sample]:
        if not fx.receipts:
            return await push(client, rng)
        key, body, receipt = rng.choice(fx.receipts)
        headers = {**PARTNER, "Idempotency-Key": key}
        sample, response = await timed(
            "push-herhaald",
            client.post(f"/verbonden-partijen/{fx.party}/rapportages", json=body, headers=headers),
        )
        if response.status_code == 201 and response.content != receipt:
            sample.error = "a replay answered another receipt"
        return [sample]

    async def edit(client: httpx.AsyncClient, rng: random.Random) -> list[Sample]:
        report, headers = rng.choice(fx.drafts)
        url = f"/voortgangsrapportages/{report}"
        first, current = await timed("status-lezen", client.get(url, headers=headers))
        if current.status_code != 200:
            return [first]
        change = {"samenvatting": f"Bijgewerkt {uuid.uuid4().hex[:8]}", "tevredenheid": 7.5}
        matching = {**headers, "If-Match": current.headers["etag"]}
        second, _ = await timed("status-bewerken", client.patch(url, headers=matching, json=change))
        return [first, second]

    calls: dict[str, Call] = {
        "partijen": read("partijen", lambda _: "/verbonden-partijen", LEZER),
        "voortgang-lijst": read("voortgang-lijst", lambda _: "/voortgangsrapportages", MT),
        "voortgang": read(
            "voortgang", lambda rng: f"/voortgangsrapportages/{rng.choice(fx.reports)}", LEZER
        ),
        "normreeks": read(
            "normreeks", lambda rng: f"/servicenormen/{rng.choice(fx.norms)}/metingen", LEZER
        ),
        "norm-uitkomsten": read(
            "norm-uitkomsten", lambda _: f"/verbonden-partijen/{fx.party}/norm-uitkomsten", MT
        ),
        "push": push,
        "push-herhaald": replay,
        "status-lezen": edit,
    }
    if fx.dashboard:
        calls["dashboard"] = read("dashboard", lambda _: "/dashboard", LEZER)
        calls["dashboard-partij"] = read(
            "dashboard-partij", lambda _: f"/dashboard/verbonden-partijen/{fx.party}", MT
        )
    return calls


def chooser(calls: dict[str, Call]) -> Callable[[random.Random], Call]:
    groups = {
        group: [(kind.name, kind.weight) for kind in KINDS if kind.group == group]
        for group in GROUP_WEIGHTS
    }
    available = {
        group: [(name, weight) for name, weight in kinds if name in calls and weight]
        for group, kinds in groups.items()
    }

    def pick(rng: random.Random) -> Call:
        group = rng.choices(list(GROUP_WEIGHTS), weights=list(GROUP_WEIGHTS.values()))[0]
        names, weights = zip(*available[group], strict=True)
        return calls[rng.choices(names, weights=weights)[0]]

    return pick


async def run_clients(
    base_url: str, clients: int, seconds: float, step: Call, seed: int
) -> tuple[list[Sample], float]:
    """`clients` loops, each on its own connection, calling `step` until the time is up."""
    samples: list[Sample] = []
    deadline = 0.0

    async def client_loop(index: int) -> None:
        rng = random.Random(seed + index)
        async with httpx.AsyncClient(base_url=base_url, timeout=TIMEOUT_SECONDS) as client:
            await client.get("/health")  # open the connection before the clock starts
            await ready.wait()
            while time.perf_counter() < deadline:
                started = time.perf_counter()
                try:
                    samples.extend(await step(client, rng))
                except (httpx.TransportError, KeyError) as error:
                    samples.append(
                        Sample("transport", 0, time.perf_counter() - started, repr(error))
                    )

    ready = asyncio.Event()
    tasks = [asyncio.create_task(client_loop(index)) for index in range(clients)]
    await asyncio.sleep(0.5)
    started = time.perf_counter()
    deadline = started + seconds
    ready.set()
    await asyncio.gather(*tasks)
    return samples, time.perf_counter() - started


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered) + 0.5) - 1))]


def is_error(sample: Sample) -> bool:
    expected = BY_NAME[sample.kind].expected if sample.kind in BY_NAME else frozenset({200})
    return sample.error is not None or sample.status not in expected


def line(name: str, samples: list[Sample], elapsed: float) -> str:
    durations = [sample.seconds * 1000 for sample in samples]
    errors = sum(1 for sample in samples if is_error(sample))
    conflicts = sum(1 for sample in samples if sample.status == 412)
    return (
        f"| {name:<18} | {len(samples):>6} | {len(samples) / elapsed:>7.1f} "
        f"| {percentile(durations, 0.50):>7.1f} | {percentile(durations, 0.95):>7.1f} "
        f"| {percentile(durations, 0.99):>7.1f} | {errors:>6} | {conflicts:>5} |"
    )


HEADER = "| kind               |      n |   req/s | p50 ms  | p95 ms  | p99 ms  | errors |   412 |"
RULE = "|--------------------|-------:|--------:|--------:|--------:|--------:|-------:|------:|"


def print_report(samples: list[Sample], elapsed: float) -> int:
    by_kind: dict[str, list[Sample]] = defaultdict(list)
    for sample in samples:
        by_kind[sample.kind].append(sample)
    print(HEADER)
    print(RULE)
    order = [kind.name for kind in KINDS] + sorted(set(by_kind) - set(BY_NAME))
    for name in order:
        if by_kind.get(name):
            print(line(name, by_kind[name], elapsed))
    print(line("overall", samples, elapsed))
    errors = [sample for sample in samples if is_error(sample)]
    for sample in errors[:10]:
        print(f"  error: {sample.kind} {sample.status} {sample.error or ''}")
    return len(errors)


async def measure(base_url: str, arguments: argparse.Namespace, master: int) -> int:
    await wait_until_up(base_url)
    async with httpx.AsyncClient(base_url=base_url, timeout=TIMEOUT_SECONDS) as client:
        fixture = await prepare(client)
    calls = operations(fixture)
    pick = chooser(calls)
    print(
        f"{arguments.clients} clients, {arguments.workers} workers, "
        f"{len(fixture.drafts)} drafts to edit, {len(fixture.norms)} norms, "
        f"GET /dashboard {'present' if fixture.dashboard else 'absent (left out of the mix)'}"
    )

    async def health(client: httpx.AsyncClient, _: random.Random) -> list[Sample]:
        started = time.perf_counter()
        response = await client.get("/health")
        return [Sample("health", response.status_code, time.perf_counter() - started)]

    print(f"\nbaseline: GET /health for {arguments.baseline_seconds} s")
    samples, elapsed = await run_clients(
        base_url, arguments.clients, arguments.baseline_seconds, health, arguments.seed
    )
    print_report(samples, elapsed)

    async def step(client: httpx.AsyncClient, rng: random.Random) -> list[Sample]:
        return await pick(rng)(client, rng)

    print(f"\nthe mix for {arguments.seconds} s")
    samples, elapsed = await run_clients(
        base_url, arguments.clients, arguments.seconds, step, arguments.seed
    )
    errors = print_report(samples, elapsed)
    edits = [sample for sample in samples if sample.kind == "status-bewerken"]
    if edits:
        lost = sum(1 for sample in edits if sample.status == 412)
        print(f"\n412 on {lost} of {len(edits)} edits ({100 * lost / len(edits):.1f} %): expected")
    print("\nRSS per worker at the end: " + ", ".join(
        f"pid {pid} {rss:.0f} MiB" for pid, rss in worker_rss(master)
    ))  # fmt: skip
    print(f"errors: {errors}")
    return errors


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)


async def main(arguments: argparse.Namespace) -> int:
    database, url = await create_database(arguments.server, "vpm_load")
    process = None
    try:
        await load_demo_data(url)
        port = arguments.port or free_port()
        process = serve(url, port, arguments.workers)
        print(f"database {database} (demo data), uvicorn --workers {arguments.workers} on {port}")
        return await measure(f"http://127.0.0.1:{port}/api/v1", arguments, process.pid)
    finally:
        if process is not None:
            stop(process)
        await drop_database(arguments.server, database)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", default="postgresql://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--baseline-seconds", type=float, default=5)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=20261123)
    parser.add_argument("--port", type=int, default=0, help="0: a free port")
    sys.exit(1 if asyncio.run(main(parser.parse_args())) else 0)

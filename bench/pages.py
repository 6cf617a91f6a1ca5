"""Benchmark: the web pages' server time on the national data set, 8 users at once.

One command, from a clean checkout (PostgreSQL on 127.0.0.1:5432):

    .venv/bin/python bench/pages.py
    .venv/bin/python bench/pages.py --seconds 30 --users 8 --keep
    .venv/bin/python bench/pages.py --database vpm_national_… --only verbonden-partijen

`--database` measures on a data set kept earlier (`bench/national.py --keep` or `--keep`
here) instead of generating one, and leaves it in place; `--only` measures only the targets
whose name contains one of the given texts.

1. creates its own database, migrates it and fills it with the national data set
   (`bench/national.py`: 342 municipalities, ~1,500 parties, ~600,000 measurements);
2. signs in `--users` MT members of different municipalities through the session service
   (app/web/session/service.py `begin`, as the sign-in routes do) and makes their cookies;
   beside each, a beheerder of its municipality, a partner of one of its parties and the
   regievoerder of one of its draft status reports (bench/pages_more.py);
3. serves the real app (one uvicorn worker, JSON access log) and, for each page target,
   keeps `--users` keep-alive connections busy for `--seconds` after a warm-up (closed loop:
   each user asks the next page as soon as the last one is in, which is far harsher than
   people reading pages);
4. prints per target the server time (from the app's own `duration_ms` log line: routing,
   session lookup, services, rendering) p50/p95/p99, and the client latency and throughput;
   with the page budget (server time p95 < 150 ms) as the verdict; drops the database
   (unless `--keep`).

Later page areas add a target to `targets()`.
"""

import argparse
import asyncio
import json
import os
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import asyncpg
import httpx
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import loadgen as load  # noqa: E402
import national  # noqa: E402
import pages_more  # noqa: E402
import pages_regie  # noqa: E402
import scratch_database  # noqa: E402
from national_context import Gemeente  # noqa: E402

from app.auth.tokens import hash_secret  # noqa: E402
from app.config import Settings  # noqa: E402
from app.core.db import create_engine, create_sessionmaker, utcnow  # noqa: E402
from app.web.session import service as sessions  # noqa: E402
from app.web.session.cookies import SESSIE, Cookies  # noqa: E402

BUDGET_P95_MS = 150.0
ACCOUNT_OF_TOKEN = text("SELECT gebruiker_id FROM tokens WHERE hash = :h")
SECRET = "bench-" + secrets.token_urlsafe(16)


@dataclass(frozen=True)
class User:
    gemeente: national.Gemeente
    cookie: str
    token: str


@dataclass(frozen=True)
class Target:
    name: str
    path: str  # the server time is read from the log lines of this path (no query string;
    # ending in `/*`: every path below it)
    requests: Callable[[list[User]], list[load.Request]]
    budget: bool = True


def targets() -> list[Target]:
    """What is measured; a page area adds its pages here."""
    return [
        Target(
            "GET /api/v1/health (floor)",
            "/api/v1/health",
            lambda users: [load.Request("/api/v1/health")],
            budget=False,
        ),
        Target(
            "GET /api/v1/dashboard (the API's overview)",
            "/api/v1/dashboard",
            lambda users: [
                load.Request("/api/v1/dashboard", (("Authorization", f"Bearer {u.token}"),))
                for u in users
            ],
            budget=False,
        ),
        Target(
            "GET /inloggen (no session)", "/inloggen", lambda users: [load.Request("/inloggen")]
        ),
        Target("GET / (the overview page)", "/", _pages("/")),
        Target(
            "GET /?sorteer=-aandacht&aandacht=true",
            "/",
            _pages("/?sorteer=-aandacht&aandacht=true"),
        ),
        *[
            Target(name, path, pages_regie.pages(_cookie, page))
            for name, path, page in pages_regie.PATHS
        ],
        Target("GET /verbeterplan", "/verbeterplan", _pages("/verbeterplan")),
        Target(
            "GET /verbonden-partijen/{id}/risicos",
            "/verbonden-partijen/*",
            pages_regie.pages(_cookie, lambda i: f"/verbonden-partijen/{i.partij}/risicos"),
        ),
        Target(
            "GET /verbonden-partijen/{id}/evaluaties",
            "/verbonden-partijen/*",
            pages_regie.pages(_cookie, lambda i: f"/verbonden-partijen/{i.partij}/evaluaties"),
        ),
        Target("GET /rapportagerondes (MT)", "/rapportagerondes", _pages("/rapportagerondes")),
        *[
            Target(name, path, pages_more.pages(_cookie, role, page))
            for name, path, role, page in pages_more.PATHS
        ],
    ]


def _cookie(value: str) -> tuple[tuple[str, str], ...]:
    return (("Cookie", f"{SESSIE}={value}"),)


def _pages(path: str) -> Callable[[list[User]], list[load.Request]]:
    def requests(users: list[User]) -> list[load.Request]:
        return [load.Request(path, (("Cookie", f"{SESSIE}={u.cookie}"),)) for u in users]

    return requests


async def sign_in(url: str, dataset: national.Dataset, count: int) -> list[User]:
    """Sessions for the MT members of `count` municipalities spread over the country."""
    settings = Settings(database_url=url, session_secret=SECRET)  # type: ignore[arg-type]
    cookies, policy = Cookies(SECRET), sessions.SessiePolicy.of(settings)
    step = max(1, len(dataset.gemeenten) // count)
    chosen = dataset.gemeenten[::step][:count]
    engine = create_engine(settings)
    users = []

    async def begin(session: AsyncSession, account: uuid.UUID) -> str:
        _, key = await sessions.begin(session, account, utcnow(), policy, via="bench")
        return cookies.session_value(key)

    async with create_sessionmaker(engine)() as session:
        for gemeente in chosen:
            account = await session.scalar(ACCOUNT_OF_TOKEN, {"h": hash_secret(gemeente.mt_token)})
            users.append(User(gemeente, await begin(session, account), gemeente.mt_token))
        await session.commit()
    await pages_regie.prepare(engine, [(u.cookie, u.gemeente.id) for u in users])
    async with create_sessionmaker(engine)() as session:
        regie = [(u.cookie, u.gemeente.id, pages_regie.IDS[u.cookie].partij) for u in users]
        await pages_more.prepare(session, regie, begin, utcnow())
        await session.commit()
    await engine.dispose()
    return users


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def serve(url: str, port: int, log: Path) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "VPM_DATABASE_URL": url,
        "VPM_SESSION_SECRET": SECRET,
        "VPM_LOG_FORMAT": "json",
        "VPM_LOG_LEVEL": "INFO",
    }
    command = [
        sys.executable, "-m", "uvicorn", "app.main:create_app", "--factory",
        "--host", "127.0.0.1", "--port", str(port), "--workers", "1",
        "--no-access-log", "--log-level", "warning",
    ]  # fmt: skip
    with log.open("wb") as output:
        return subprocess.Popen(  # noqa: S603 - our own interpreter and arguments
            command, cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT
        )


async def wait_until_up(origin: str) -> None:
    async with httpx.AsyncClient() as client:
        for _ in range(300):
            try:
                if (await client.get(f"{origin}/api/v1/health")).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.1)
    raise RuntimeError(f"{origin} did not come up")


def server_times(log: Path, offset: int, path: str) -> list[float]:
    """`duration_ms` of the request log lines of `path` written after `offset`."""
    durations = []
    with log.open("rb") as lines:
        lines.seek(offset)
        for line in lines:
            if not line.startswith(b"{"):
                continue
            event = json.loads(line)
            if event.get("event") == "request" and _same_path(str(event.get("path")), path):
                durations.append(float(event["duration_ms"]))
    return durations


def _same_path(logged: str, path: str) -> bool:
    """`path`, or any path below it when it ends in `/*` (each user asks its own ids)."""
    return logged.startswith(path[:-1]) if path.endswith("/*") else logged == path


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


async def measure(
    target: Target, users: list[User], port: int, log: Path, args: argparse.Namespace
) -> str:
    requests = target.requests(users)
    connections = len(users)
    await load.run("warm-up", "127.0.0.1", port, requests, connections, args.warmup, 0)
    offset = log.stat().st_size  # noqa: ASYNC240 - a local file, between load phases
    result = await load.run(target.name, "127.0.0.1", port, requests, connections, args.seconds, 0)
    await asyncio.sleep(0.5)  # the last log lines
    times = server_times(log, offset, target.path)
    if not times or result.errors:
        return f"{target.name}: {len(times)} logged, {result.errors} errors (see {log})"
    p95 = percentile(times, 0.95)
    verdict = (
        ("  within budget" if p95 < BUDGET_P95_MS else "  OVER BUDGET") if target.budget else ""
    )
    client_p95 = result.percentile(0.95) * 1000
    return (
        f"{target.name:<42} server p50 {statistics.median(times):6.1f}  p95 {p95:6.1f}  "
        f"p99 {percentile(times, 0.99):6.1f} ms | client p95 {client_p95:6.1f} ms, "
        f"{result.throughput:6.1f} req/s, n={len(times)}{verdict}"
    )


async def existing(server: str, database: str) -> national.Dataset:
    """The municipalities of a national data set kept earlier (their tokens are derived from
    their numbers, bench/national_registry.py)."""
    connection = await asyncpg.connect(scratch_database.plain_dsn(server, database))
    try:
        rows = await connection.fetch(
            "SELECT id, cbs_code FROM organisaties WHERE soort = 'gemeente' ORDER BY cbs_code"
        )
    finally:
        await connection.close()
    gemeenten = []
    for row in rows:
        number = int(row["cbs_code"].removeprefix("GM"))
        regie = tuple(f"bench-regievoerder-{number}-{n}" for n in range(3))
        gemeenten.append(Gemeente(row["id"], f"bench-lezer-{number}", f"bench-mt-{number}", regie))
    return national.Dataset(gemeenten, {}, 0.0)


def chosen(args: argparse.Namespace) -> list[Target]:
    return [t for t in targets() if not args.only or any(part in t.name for part in args.only)]


async def main(args: argparse.Namespace) -> None:
    if args.database:
        database, url = args.database, scratch_database.async_url(args.server, args.database)
    else:
        database, url = await scratch_database.create_database(args.server, "vpm_pages_bench")
    log = Path(tempfile.mkstemp(prefix="vpm-pages-bench-", suffix=".log")[1])
    server = None
    try:
        if args.database:
            dataset = await existing(args.server, database)
        else:
            dataset = await national.generate(scratch_database.plain_dsn(args.server, database))
        print(f"national data set in {dataset.seconds:.0f} s; {args.users} users, ", end="")
        print(f"{args.seconds:g} s per target after {args.warmup:g} s warm-up")
        users = await sign_in(url, dataset, args.users)
        port = free_port()
        server = serve(url, port, log)
        await wait_until_up(f"http://127.0.0.1:{port}")
        print(f"load average at start: {os.getloadavg()[0]:.1f}")
        for target in chosen(args):
            print(await measure(target, users, port, log, args), flush=True)
        print(f"load average at end: {os.getloadavg()[0]:.1f}")
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=15)
        if args.keep or args.database:
            print(f"kept: {scratch_database.plain_dsn(args.server, database)}")
        else:
            await scratch_database.drop_database(args.server, database)
        log.unlink(missing_ok=True)  # noqa: ASYNC240 - at the end


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--server", default="postgresql://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--users", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--warmup", type=float, default=3)
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--database", help="a national data set kept earlier, left in place")
    parser.add_argument("--only", action="append", help="targets whose name contains this")
    asyncio.run(main(parser.parse_args()))

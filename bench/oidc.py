"""Benchmark: a JWT access token against an opaque token, same route, same data, same run.

    .venv/bin/python bench/oidc.py                   # PostgreSQL on 127.0.0.1:5432
    .venv/bin/python bench/oidc.py --seconds 10 --connections 16

1. creates its own database (migrated, with the demo data; dropped at the end), and starts
   the test identity provider (tests/oidc/provider.py) on a free port with a realm for Arnhem;
2. serves the app twice with the same uvicorn options: with the principal cache
   (`VPM_TOKEN_CACHE_SECONDS` default: a token is validated or looked up once, then
   remembered) and without it (`VPM_TOKEN_CACHE_SECONDS=0`: every request validates the JWT's
   signature and claims, or looks the opaque token up);
3. loads `GET /api/v1/gebruikersprofiel` as Arnhem's beheerder with each kind of token;
4. prints req/s and p50/p95/p99 per target, and the JWT/opaque ratios; and the cost of the
   validation alone (signature and claims, in-process, no HTTP).
"""

import argparse
import asyncio
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import loadgen as load  # noqa: E402
import scratch_database  # noqa: E402
from dashboard import free_port, serve, wait_until_up  # noqa: E402

from app.auth.oidc.issuers import Uitgever  # noqa: E402
from app.auth.oidc.validation import unverified_issuer, validate  # noqa: E402
from app.demo.loader import load_demo  # noqa: E402
from tests.oidc.fixtures import API_AUDIENCE, Provider  # noqa: E402

OPAQUE = "demo-beheerder-arnhem"
PATH = "/api/v1/gebruikersprofiel"


async def load_demo_data(url: str) -> None:
    from app.core.db import create_engine, create_sessionmaker
    from tests.databases import settings_for

    engine = create_engine(settings_for(url))
    async with create_sessionmaker(engine)() as session:
        await load_demo(session, only_if_empty=False)
        await session.commit()
    await engine.dispose()


def validation_alone(issuer: str, token: str, rounds: int = 2000) -> float:
    """Microseconds per validation of one token (signature and claims), key in hand."""
    from jwt import PyJWKClient

    _, kid, algorithm = unverified_issuer(token)
    key = PyJWKClient(f"{issuer}/jwks").get_signing_key(kid or "")
    uitgever = Uitgever(issuer, uuid.uuid4(), "Arnhem", "vpmonitor", API_AUDIENCE)
    started = time.perf_counter()
    for _ in range(rounds):
        unverified_issuer(token)
        validate(token, uitgever, key, algorithm, API_AUDIENCE)
    return (time.perf_counter() - started) / rounds * 1e6


async def measure(args: argparse.Namespace, ports: dict[str, int], jwt: str) -> list[load.Result]:
    results = []
    for server in ("cached", "uncached"):
        for kind, token in (("opaque", OPAQUE), ("JWT", jwt)):
            request = load.Request(PATH, (("Authorization", f"Bearer {token}"),))
            name = f"{kind:<6} token, principal cache {'on' if server == 'cached' else 'off'}"
            result = await load.run(
                name, "127.0.0.1", ports[server], [request], args.connections, args.seconds,
                args.warmup,
            )  # fmt: skip
            print(result.line(), flush=True)
            results.append(result)
    return results


def report(results: list[load.Result], micros: float) -> None:
    print("\nJWT / opaque (same server, same route):")
    for opaque, jwt in ((results[0], results[1]), (results[2], results[3])):
        ratio = jwt.throughput / opaque.throughput
        p50 = load.statistics.median(jwt.latencies) / load.statistics.median(opaque.latencies)
        print(f"  {jwt.name[14:]:<22} throughput {ratio:6.1%}   p50 latency x{p50:.2f}")
    print(f"\nvalidation alone (RS256 signature and claims, one core): {micros:.0f} µs per token")
    print(f"load average: {os.getloadavg()}")


def start_provider(port: int) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "uvicorn", "tests.oidc.provider:app", "--port", str(port)]
    return subprocess.Popen([*command, "--log-level", "warning"], cwd=ROOT)  # noqa: S603


def link_once(port: int, jwt: str) -> None:
    """The first request links the account (a write); the load measures the requests after."""
    headers = {"Authorization": f"Bearer {jwt}"}
    first = httpx.get(f"http://127.0.0.1:{port}{PATH}", headers=headers)
    assert first.status_code == 200, first.text


async def main(args: argparse.Namespace) -> None:
    database, url = await scratch_database.create_database(args.server, "vpm_oidc_bench")
    provider_port, processes = free_port(), []
    try:
        await load_demo_data(url)
        processes.append(start_provider(provider_port))
        await wait_until_up(f"http://127.0.0.1:{provider_port}/beheer/realms")
        realm = Provider(f"http://127.0.0.1:{provider_port}").realm()
        sub = realm.person("bench-beheerder", "beheerder-arnhem@demo.example")
        jwt = realm.access_token(sub, exp=int(time.time()) + 3 * 3600)
        base = {"VPM_DATABASE_URL": url, "VPM_LOG_LEVEL": "WARNING", **realm.environment()}
        ports = {"cached": free_port(), "uncached": free_port()}
        processes.append(serve("app.main:create_app", ports["cached"], args.workers, base))
        processes.append(serve("app.main:create_app", ports["uncached"], args.workers,
                               {**base, "VPM_TOKEN_CACHE_SECONDS": "0"}))  # fmt: skip
        for port in ports.values():
            await wait_until_up(f"http://127.0.0.1:{port}/api/v1/health")
            link_once(port, jwt)
        results = await measure(args, ports, jwt)
        report(results, validation_alone(realm.issuer, jwt))
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=15)
        await scratch_database.drop_database(args.server, database)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", default="postgresql://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=8)
    parser.add_argument("--warmup", type=float, default=2)
    asyncio.run(main(parser.parse_args()))

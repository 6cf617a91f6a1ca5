"""Benchmark: the audit trail (`GET /audit-gebeurtenissen`) with 5 million events, on PostgreSQL.

One command, from a clean checkout:

    .venv/bin/python bench/audit.py

1. creates its own database (`bench/scratch_database.py`), migrates it and fills it with the
   national registry (`bench/national_registry.py`: 342 municipalities, 1,500 parties with
   2–10 participants each, accounts with tokens) plus a beheerder with a token per
   municipality;
2. writes `--events` (default 5,000,000) audit events with COPY, in time order over five
   years, as the service writes them: 62 % a municipality's own writes on its rows about one
   of its parties (status reports, risks, actions, …), 13 % its own writes on no party
   (accounts, tokens, rounds, …), 20 % partner writes on a party's shared data (pushes, Iv3
   deliveries, documents; `gedeeld`, no municipality), 5 % a participant's writes on a
   party's shared record (`gedeeld`); each with a `voor`/`na` state of a few hundred bytes.
   The table's indexes are dropped for the COPY and built again after it (as the models and
   migrations define them), then `VACUUM ANALYZE`;
3. serves, with the same uvicorn options (one worker each): the app and the baseline
   (`bench/baseline_app.py`: FastAPI reading one row with raw asyncpg);
4. loads each target with `--connections` (default 32) keep-alive connections for
   `--seconds` after a warm-up (`bench/loadgen.py`, closed loop), cycling through every
   municipality's beheerder: the first page; a deep page (reached by following the `next`
   link `--deep-hops` times, default 50 pages of 100 = 5,000 events deep, for
   `--deep-municipalities` (16) municipalities, then asking that page at 25); filtered by
   party (`verbondenPartijId`), by kind (`entiteit=risico`) and by period (`vanaf`/`tot`,
   one month two years ago);
5. prints throughput and p50/p95/p99 per target, the ratio to the baseline and issue 17's
   target (p99 < 100 ms) beside each, the load average; drops the database (unless `--keep`;
   `--database NAME` measures a kept one again without filling it).
"""

import argparse
import asyncio
import json
import os
import random
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, timedelta
from pathlib import Path
from typing import Any

import asyncpg
import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import loadgen as load  # noqa: E402
import national_registry  # noqa: E402
import scratch_database  # noqa: E402
from dashboard import free_port, serve  # noqa: E402
from national_context import Context  # noqa: E402
from national_copy import NOW, TABLES, Copier  # noqa: E402

from app.auth.tokens import hash_secret  # noqa: E402

P99_TARGET = 0.100  # issue 17: a page of the trail with 5 million events, p99 < 100 ms
BATCH = 100_000
MAX_PAGE = 100
YEARS = 5

PRIVATE_PARTY_KINDS = (
    "voortgangsrapportage", "risico", "actie", "aanbeveling", "evaluatie", "regievoerders",
    "deelname",
)  # fmt: skip
PRIVATE_KINDS = ("gebruiker", "token", "meldingvoorkeuren", "websessie", "rapportageronde")
PARTNER_KINDS = ("rapportage", "iv3_levering", "ontvangen_document", "token")
SHARED_KINDS = ("verbonden_partij", "deelname", "wgr_termijnen", "servicenorm", "begroting")
ACTIONS = ("aangemaakt", "gewijzigd", "gewijzigd", "gewijzigd", "verwijderd")


@dataclass(frozen=True)
class Municipality:
    id: uuid.UUID
    beheerder_token: str
    accounts: tuple[tuple[uuid.UUID, str, str], ...]  # (id, naam, rol)
    parties: tuple[uuid.UUID, ...]


def states(rng: random.Random, count: int = 256) -> list[tuple[str | None, str | None, str]]:
    """`count` (voor, na, actie) variants as JSON text: a row's state of a few hundred bytes."""
    variants = []
    for number in range(count):
        actie = ACTIONS[number % len(ACTIONS)]
        before = {
            "id": str(uuid.UUID(int=rng.getrandbits(128))),
            "status": rng.choice(["concept", "ingediend", "vastgesteld"]),
            "versie": rng.randint(1, 9),
            "toelichting": "Bijgesteld na overleg met de deelnemers " * rng.randint(1, 4),
            "bedrag": f"{rng.randint(1_000, 9_000_000)}.00",
            "gewijzigd_op": (NOW - timedelta(days=rng.randint(1, 1800))).isoformat(),
        }
        after = {**before, "versie": before["versie"] + 1, "status": "vastgesteld"}
        voor = None if actie == "aangemaakt" else json.dumps(before)
        na = None if actie == "verwijderd" else json.dumps(after)
        variants.append((voor, na, actie))
    return variants


def events(
    municipalities: list[Municipality],
    participants: dict[uuid.UUID, list[uuid.UUID]],
    count: int,
    rng: random.Random,
) -> Iterator[dict[str, Any]]:
    """`count` audit events in time order over the last five years."""
    parties = list(participants)
    by_id = {municipality.id: municipality for municipality in municipalities}
    variants = states(rng)
    start = NOW - timedelta(days=365 * YEARS)
    step = (NOW - start) / count
    for number in range(count):
        voor, na, actie = rng.choice(variants)
        event: dict[str, Any] = {
            "id": uuid.uuid4(),
            "tijdstip": start + step * number,
            "entiteit_id": uuid.uuid4(),
            "actie": actie,
            "voor": voor,
            "na": na,
            "request_id": f"{rng.getrandbits(128):032x}",
            "gedeeld": False,
        }
        draw = rng.random()
        if draw < 0.20:  # a partner writes the party's shared data
            party = rng.choice(parties)
            event |= {
                "organisatie_id": None,
                "verbonden_partij_id": party,
                "gedeeld": True,
                "entiteit": rng.choice(PARTNER_KINDS),
                "actor_gebruiker_id": None,
                "actor_naam": f"Partner {str(party)[:8]}",
                "actor_rol": "partner",
            }
            yield event
            continue
        if draw < 0.25:  # a participant writes the party's shared record
            party = rng.choice(parties)
            municipality = by_id[rng.choice(participants[party])]
            event |= {"verbonden_partij_id": party, "gedeeld": True}
            event["entiteit"] = rng.choice(SHARED_KINDS)
        else:
            municipality = rng.choice(municipalities)
            if draw < 0.87 and municipality.parties:
                event["verbonden_partij_id"] = rng.choice(municipality.parties)
                event["entiteit"] = rng.choice(PRIVATE_PARTY_KINDS)
            else:
                event["verbonden_partij_id"] = None
                event["entiteit"] = rng.choice(PRIVATE_KINDS)
        account, naam, rol = rng.choice(municipality.accounts)
        event |= {
            "organisatie_id": municipality.id,
            "actor_gebruiker_id": account,
            "actor_naam": naam,
            "actor_rol": rol,
        }
        yield event


async def registry(connection: asyncpg.Connection, seed: int) -> None:
    """The national registry and a beheerder with a token per municipality."""
    context = Context(Copier(connection), random.Random(seed))
    async with connection.transaction():
        await national_registry.organisations(context)
        await national_registry.parties(context)
        await national_registry.accounts(context)
        for number, gemeente in enumerate(context.gemeenten):
            token = f"bench-beheerder-{number}"
            account = context.copy.add(
                "gebruikers",
                naam=f"beheerder {number}",
                email=f"{token}@bench.example",
                rol="beheerder",
                organisatie_id=gemeente.id,
                actief=True,
                meldingen_uit=[],
            )
            context.copy.add(
                "tokens",
                gebruiker_id=account,
                omschrijving="bench",
                hash=hash_secret(token),
                prefix=token[:8],
                verloopt_op=NOW + timedelta(days=30),
            )
        await context.copy.flush("gebruikers")
        await context.copy.flush("tokens")


async def municipalities_of(connection: asyncpg.Connection) -> list[Municipality]:
    """The municipalities of a filled database, with their accounts and parties."""
    accounts: dict[uuid.UUID, list[tuple[uuid.UUID, str, str]]] = {}
    for row in await connection.fetch("SELECT id, naam, rol, organisatie_id FROM gebruikers"):
        accounts.setdefault(row["organisatie_id"], []).append((row["id"], row["naam"], row["rol"]))
    parties: dict[uuid.UUID, list[uuid.UUID]] = {}
    for row in await connection.fetch(
        "SELECT organisatie_id, verbonden_partij_id FROM deelnames ORDER BY verbonden_partij_id"
    ):
        parties.setdefault(row["organisatie_id"], []).append(row["verbonden_partij_id"])
    rows = await connection.fetch(
        "SELECT id, cbs_code FROM organisaties WHERE cbs_code LIKE 'GM%' ORDER BY cbs_code"
    )
    return [
        Municipality(
            row["id"],
            f"bench-beheerder-{int(row['cbs_code'][2:])}",
            tuple(accounts[row["id"]]),
            tuple(parties.get(row["id"], ())),
        )
        for row in rows
    ]


async def fill(dsn: str, count: int, seed: int) -> tuple[list[Municipality], float]:
    """The registry and `count` audit events; the seconds it took."""
    started = time.perf_counter()
    connection = await asyncpg.connect(dsn)
    try:
        await registry(connection, seed)
        municipalities = await municipalities_of(connection)
        participants: dict[uuid.UUID, list[uuid.UUID]] = {}
        for row in await connection.fetch(
            "SELECT verbonden_partij_id, organisatie_id FROM deelnames"
        ):
            participants.setdefault(row["verbonden_partij_id"], []).append(row["organisatie_id"])
        indexes = await connection.fetch(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'audit_gebeurtenissen' "
            "AND indexname <> 'pk_audit_gebeurtenissen' AND indexname NOT LIKE '%pkey'"
        )
        for index in indexes:
            await connection.execute(f'DROP INDEX "{index["indexname"]}"')
        columns = [column.name for column in TABLES["audit_gebeurtenissen"].columns]
        batch: list[tuple[Any, ...]] = []
        generated = events(municipalities, participants, count, random.Random(seed + 1))
        for number, event in enumerate(generated, start=1):
            batch.append(tuple(event.get(column) for column in columns))
            if len(batch) == BATCH or number == count:
                await connection.copy_records_to_table(
                    "audit_gebeurtenissen", records=batch, columns=columns
                )
                batch = []
                if number % 1_000_000 == 0:
                    print(
                        f"  {number:,} events in {time.perf_counter() - started:.0f} s", flush=True
                    )
        for index in indexes:
            await connection.execute(index["indexdef"])
        print(
            f"  {len(indexes)} indexes built in {time.perf_counter() - started:.0f} s", flush=True
        )
        await connection.execute("VACUUM ANALYZE")
    finally:
        await connection.close()
    return municipalities, time.perf_counter() - started


async def wait_until_up(url: str, seconds: float = 120) -> None:
    """The server answers (a loaded machine may take a while to import the app)."""
    async with httpx.AsyncClient() as client:
        until = time.perf_counter() + seconds
        while time.perf_counter() < until:
            try:
                if (await client.get(url)).status_code < 500:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.2)
    raise RuntimeError(f"{url} did not come up")


def authorised(path: str, municipality: Municipality) -> load.Request:
    return load.Request(path, (("Authorization", f"Bearer {municipality.beheerder_token}"),))


TRAIL = "/api/v1/audit-gebeurtenissen"


async def deep_pages(
    port: int, municipalities: list[Municipality], hops: int, limit: int
) -> list[load.Request]:
    """Follow the `next` link `hops` times from the first page, pages of MAX_PAGE events,
    for `limit` municipalities; the page found there at the default size (25)."""
    started = time.perf_counter()
    chosen = municipalities[:limit]
    semaphore = asyncio.Semaphore(4)
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=300) as client:

        async def follow(municipality: Municipality) -> load.Request:
            headers = {"Authorization": f"Bearer {municipality.beheerder_token}"}
            url = httpx.URL(TRAIL, params={"pageSize": MAX_PAGE})
            async with semaphore:
                for _ in range(hops):
                    response = await client.get(url, headers=headers)
                    assert response.status_code == 200, response.text
                    following = response.json()["_links"]["next"]
                    assert following, "the trail ended before the deep page"
                    url = httpx.URL(following)
            deep = url.copy_remove_param("pageSize")  # the cursor holds no page size
            return authorised(deep.raw_path.decode("ascii"), municipality)

        requests = await asyncio.gather(*(follow(municipality) for municipality in chosen))
    print(
        f"deep pages: {hops} next links followed for {len(chosen)} municipalities "
        f"in {time.perf_counter() - started:.1f} s",
        flush=True,
    )
    return list(requests)


def plan(
    municipalities: list[Municipality], deep: list[load.Request], rng: random.Random
) -> list[tuple[str, list[load.Request]]]:
    window_start = (NOW - timedelta(days=730)).replace(microsecond=0)
    window = (
        f"vanaf={window_start.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}"
        f"&tot={(window_start + timedelta(days=30)).strftime('%Y-%m-%dT%H:%M:%SZ')}"
    )
    return [
        ("first page", [authorised(TRAIL, m) for m in municipalities]),
        ("deep page (next links followed)", deep),
        (
            "filter: verbondenPartijId",
            [
                authorised(f"{TRAIL}?verbondenPartijId={rng.choice(m.parties)}", m)
                for m in municipalities
                if m.parties
            ],
        ),
        (
            "filter: entiteit=risico",
            [authorised(f"{TRAIL}?entiteit=risico", m) for m in municipalities],
        ),
        (
            "filter: vanaf/tot (one month)",
            [authorised(f"{TRAIL}?{window}", m) for m in municipalities],
        ),
    ]


def report(baseline: load.Result, results: list[load.Result]) -> None:
    print(f"\nratios to the baseline ({baseline.throughput:.0f} req/s), same run:")
    for result in results:
        p99 = result.percentile(0.99)
        verdict = "met" if p99 < P99_TARGET and not result.errors else "MISSED"
        print(
            f"  {result.name:<40} {result.throughput / baseline.throughput:6.1%} of throughput"
            f"   target p99 < {P99_TARGET * 1000:.0f} ms: {verdict} (p99 {p99 * 1000:.1f} ms)"
        )
    print(f"load average now: {os.getloadavg()}  cpus: {os.cpu_count()}")


async def main(arguments: argparse.Namespace) -> None:
    print(f"load average at start: {os.getloadavg()}  cpus: {os.cpu_count()}", flush=True)
    server = arguments.server
    if arguments.database:  # a database filled by an earlier run with --keep
        database = arguments.database
        url = scratch_database.async_url(server, database)
    else:
        database, url = await scratch_database.create_database(server, "vpm_audit_bench")
    dsn = scratch_database.plain_dsn(server, database)
    processes: list[subprocess.Popen[bytes]] = []
    try:
        if arguments.database:
            connection = await asyncpg.connect(dsn)
            municipalities = await municipalities_of(connection)
            events = await connection.fetchval("SELECT count(*) FROM audit_gebeurtenissen")
            await connection.close()
            print(f"database {database} (kept): {events:,} audit events", flush=True)
        else:
            municipalities, took = await fill(dsn, arguments.events, arguments.seed)
            print(f"database {database}: {arguments.events:,} events in {took:.0f} s", flush=True)
        ports = {"app": free_port(), "baseline": free_port()}
        processes = [
            serve(
                "app.main:create_app",
                ports["app"],
                1,
                {"VPM_DATABASE_URL": url, "VPM_LOG_LEVEL": "WARNING"},
            ),
            serve("bench.baseline_app:create_app", ports["baseline"], 1, {"BASELINE_DSN": dsn}),
        ]
        await wait_until_up(f"http://127.0.0.1:{ports['app']}/api/v1/health")
        await wait_until_up(f"http://127.0.0.1:{ports['baseline']}/baseline/GM0000")
        deep = await deep_pages(
            ports["app"], municipalities, arguments.deep_hops, arguments.deep_municipalities
        )
        print(
            f"\nuvicorn, 1 worker per server; {arguments.connections} connections; "
            f"{arguments.seconds:.0f} s per target after {arguments.warmup:.0f} s warm-up\n",
            flush=True,
        )
        host, connections, seconds, warmup = (
            "127.0.0.1", arguments.connections, arguments.seconds, arguments.warmup
        )  # fmt: skip
        baseline_requests = [
            load.Request(f"/baseline/GM{n:04d}") for n in range(len(municipalities))
        ]
        baseline = await load.run(
            "baseline: FastAPI + asyncpg, 1 row", host, ports["baseline"], baseline_requests,
            connections, seconds, warmup,
        )  # fmt: skip
        print(baseline.line(), flush=True)
        results = []
        for name, requests in plan(municipalities, deep, random.Random(7)):
            result = await load.run(
                name, host, ports["app"], requests, connections, seconds, warmup
            )
            print(result.line(), flush=True)
            results.append(result)
        report(baseline, results)
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=20)
        if arguments.keep or arguments.database:
            print(f"kept: {dsn} (again: --database {database})")
        else:
            await scratch_database.drop_database(server, database)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", default=scratch_database.DEFAULT_SERVER)
    parser.add_argument("--events", type=int, default=5_000_000)
    parser.add_argument("--seed", type=int, default=20_261_206)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=15.0, help="measured per target")
    parser.add_argument("--warmup", type=float, default=3.0, help="unmeasured, per target")
    parser.add_argument("--deep-hops", type=int, default=50, help="next links (pages of 100)")
    parser.add_argument("--deep-municipalities", type=int, default=16)
    parser.add_argument("--database", help="measure a database kept by an earlier --keep run")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    asyncio.run(main(parser.parse_args()))

"""Iv3 import: how long taking a delivery of 10,000 records takes on PostgreSQL, beside
inserting the same rows raw in the same run.

    .venv/bin/python bench/iv3.py                     # PostgreSQL on 127.0.0.1:5432
    .venv/bin/python bench/iv3.py --records 50000 --runs 5

1. Creates its own database (`vpm_bench_iv3_<pid>_<random>`, `bench/scratch_database.py`),
   migrates it and loads the demo data; drops it at the end (also on failure).
2. Builds an annual-accounts delivery (periode 5) of De Connectie with `--records` records:
   lasten and baten over real 2026 GR taakvelden and categories (no grey cells), balanced
   (PF006), and a balanced balance sheet (PF007, PF008).
3. Import: `POST /verbonden-partijen/{id}/iv3-leveringen?eenheid=euro` through the app
   in-process (httpx over ASGI), each run a different file (one amount changed, so it is a
   new revision, not "the same file again"): read, JSON Schema, code lists, grey cells,
   checks, the budget year filled through the PUT's service, the delivery row, every
   record, the audit event, the commit. Median and max of `--runs`.
4. Baseline: the same rows inserted raw (asyncpg `executemany` of the same tuples) into a
   temporary copy of `iv3_regels` (no indexes, no foreign keys), in one transaction.
"""

import argparse
import asyncio
import json
import statistics
import sys
import time
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

import asyncpg
import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from pydantic import SecretStr  # noqa: E402
from scratch_database import DEFAULT_SERVER, create_database, drop_database, plain_dsn  # noqa: E402

from app.config import Settings  # noqa: E402
from app.core.db import create_engine, create_sessionmaker  # noqa: E402
from app.demo.loader import load_demo  # noqa: E402
from app.iv3.definitions import definition  # noqa: E402
from app.main import create_app  # noqa: E402

PARTNER = {"Authorization": "Bearer demo-partner-de-connectie"}


async def prepare(settings: Settings) -> None:
    engine = create_engine(settings)
    async with create_sessionmaker(engine)() as session:
        await load_demo(session, only_if_empty=False)
        await session.commit()
    await engine.dispose()


def delivery(records: int, run: int) -> dict[str, Any]:
    """Annual accounts of `records` records over every allowed (taakveld, categorie) pair."""
    gr = definition("GR", 2026)
    assert gr is not None
    allowed = {
        part: [
            (taakveld, categorie)
            for taakveld in sorted(gr.taakvelden - {"0.10", "0.11"})
            for categorie in sorted(categories)
            if (taakveld, categorie) not in gr.grijze_cellen[part]
        ]
        for part, categories in (("lasten", gr.categorie_lasten), ("baten", gr.categorie_baten))
    }
    half = (records - 4) // 2
    lasten = [
        {"taakveld": t, "categorie": c, "bedrag": 1000 + i % 97}
        for i, (t, c) in zip(range(half), _cycle(allowed["lasten"]), strict=False)
    ]
    baten = [
        {"taakveld": t, "categorie": c, "bedrag": 1000 + i % 89}
        for i, (t, c) in zip(range(half), _cycle(allowed["baten"]), strict=False)
    ]
    lasten[0]["bedrag"] += run  # each run another file: a new revision
    difference = sum(r["bedrag"] for r in lasten) - sum(r["bedrag"] for r in baten)
    baten.append({"taakveld": "0.11", "categorie": "7.1", "bedrag": difference})
    lasten.append({"taakveld": "0.11", "categorie": "7.1", "bedrag": 0})
    balans = [
        {"balanscode": "A121", "standper": "1 januari", "bedrag": 5_000_000},
        {"balanscode": "P111", "standper": "1 januari", "bedrag": 5_000_000},
        {"balanscode": "A121", "standper": "ultimo", "bedrag": 5_100_000},
        {"balanscode": "P111", "standper": "ultimo", "bedrag": 5_100_000},
    ]
    return {
        "metadata": {
            "overheidslaag": "GR",
            "overheidsnummer": "9001",
            "overheidsnaam": "De Connectie",
            "boekjaar": 2026,
            "periode": 5,
            "status": "Realisatie",
            "datum": "2027-04-15T10:12:00+02:00",
            "details_openbaar": False,
            "financieel_pakket": "bench",
            "export_software": "bench",
        },
        "contact": {"naam": "Bench", "email": "bench@example.org", "telefoon": "0"},
        "data": {
            "lasten": lasten,
            "baten": baten,
            "balans_lasten": [],
            "balans_baten": [],
            "balans_standen": balans,
        },
    }


def _cycle(pairs: list[tuple[str, str]]) -> Any:
    while True:
        yield from pairs


async def import_times(settings: Settings, records: int, runs: int) -> tuple[list[float], int]:
    app = create_app(settings)
    times = []
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://bench/api/v1", timeout=120
        ) as client,
    ):
        parties = await client.get("/verbonden-partijen", headers=PARTNER)
        party = parties.json()["resultaten"][0]["id"]
        files = [json.dumps(delivery(records, run)).encode() for run in range(runs + 1)]
        stored = 0
        for run, content in enumerate(files):
            headers = {
                **PARTNER,
                "Idempotency-Key": str(uuid.uuid4()),
                "Content-Type": "application/json",
            }
            start = time.perf_counter()
            response = await client.post(
                f"/verbonden-partijen/{party}/iv3-leveringen",
                params={"eenheid": "euro"},
                content=content,
                headers=headers,
            )
            elapsed = time.perf_counter() - start
            assert response.status_code == 201, response.text[:2000]
            stored = response.json()["aantalRegels"]
            if run:  # the first is warm-up
                times.append(elapsed)
        return times, stored


async def raw_insert(server: str, name: str, records: int, runs: int) -> list[float]:
    """The same number of rows, as the import's tuples, inserted raw in one transaction."""
    connection = await asyncpg.connect(plain_dsn(server, name))
    try:
        await connection.execute(
            "CREATE TEMPORARY TABLE regels_raw (levering_id uuid, volgnummer integer, "
            "onderdeel varchar(40), code varchar(20), categorie varchar(20), "
            "bedrag numeric(15,2), waarde text)"
        )
        file = delivery(records, 0)["data"]
        times = []
        for _ in range(runs):
            levering = uuid.uuid4()
            rows = [
                (levering, i, part, r.get("taakveld") or r["balanscode"],
                 r.get("categorie") or r["standper"], Decimal(r["bedrag"]), None)
                for part in ("lasten", "baten", "balans_standen")
                for i, r in enumerate(file[part])
            ]  # fmt: skip
            start = time.perf_counter()
            async with connection.transaction():
                await connection.executemany(
                    "INSERT INTO regels_raw VALUES ($1, $2, $3, $4, $5, $6, $7)", rows
                )
            times.append(time.perf_counter() - start)
        return times
    finally:
        await connection.close()


async def main(arguments: argparse.Namespace) -> None:
    name, url = await create_database(arguments.server, "vpm_bench_iv3")
    try:
        settings = Settings(
            database_url=SecretStr(url), log_level="WARNING", partner_push_limit=100_000
        )
        await prepare(settings)
        times, stored = await import_times(settings, arguments.records, arguments.runs)
        raw = await raw_insert(arguments.server, name, arguments.records, arguments.runs)
        imported, baseline = statistics.median(times), statistics.median(raw)
        print(f"import of a delivery of {stored} records (POST, whole request):")
        print(f"  median {imported * 1000:.0f} ms, max {max(times) * 1000:.0f} ms (goal < 1000 ms)")
        print("baseline, the same rows as a raw asyncpg executemany INSERT:")
        print(f"  median {baseline * 1000:.0f} ms")
        print(f"import / raw insert: {imported / baseline:.2f}")
    finally:
        await drop_database(arguments.server, name)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--server", default=DEFAULT_SERVER)
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    asyncio.run(main(parser.parse_args()))

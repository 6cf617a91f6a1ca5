"""A national data set on PostgreSQL, for the dashboard benchmark.

342 municipalities; about 1,500 parties with on average 6 participants each (neighbouring
municipalities, so each has about 26 parties); 20 quarterly norms per party with five years
of measurements (a few revised, a few missing); two status reports a year per participant and
party; budgets for five years with contributions and the course of this year's forecast;
reporting rounds; some recommendations with actions, risks, Wgr documents; per municipality
a lezer, an MT member and three regievoerders with tokens.

Rows go in with COPY (asyncpg `copy_records_to_table`), table by table in foreign-key order,
into a database of its own that this script creates, migrates and drops (unless `--keep`).

Usage: .venv/bin/python bench/national.py [--server postgresql://postgres@127.0.0.1:5432] [--keep]
"""

import argparse
import asyncio
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import asyncpg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import national_money  # noqa: E402
import national_registry  # noqa: E402
import national_reports  # noqa: E402
from national_context import MUNICIPALITIES, Context, Gemeente  # noqa: E402
from national_copy import Copier  # noqa: E402
from scratch_database import create_database, drop_database, plain_dsn  # noqa: E402

__all__ = ["MUNICIPALITIES", "Dataset", "generate", "summary"]
STEPS = (
    national_registry.organisations,
    national_registry.parties,
    national_registry.accounts,
    national_reports.norms_and_reports,
    national_reports.status_reports,
    national_money.budgets,
    national_money.plans_and_risks,
    national_money.wgr,
)


@dataclass
class Dataset:
    gemeenten: list[Gemeente]
    counts: dict[str, int]
    seconds: float


async def generate(dsn: str, seed: int = 20_260_101) -> Dataset:
    """Fill an empty, migrated database with the national data set."""
    started = time.perf_counter()
    connection = await asyncpg.connect(dsn)
    try:
        context = Context(Copier(connection), random.Random(seed))
        async with connection.transaction():
            for step in STEPS:
                await step(context)
        await connection.execute("VACUUM ANALYZE")
    finally:
        await connection.close()
    return Dataset(context.gemeenten, context.copy.counts, time.perf_counter() - started)


def summary(dataset: Dataset) -> Iterator[str]:
    yield f"generated in {dataset.seconds:.1f} s:"
    for table, count in sorted(dataset.counts.items(), key=lambda item: -item[1]):
        yield f"  {table:<28} {count:>9,}"
    per_municipality = [len(gemeente.partijen) for gemeente in dataset.gemeenten]
    yield (
        f"parties per municipality: {min(per_municipality)}–{max(per_municipality)}, "
        f"mean {sum(per_municipality) / len(per_municipality):.1f}"
    )


async def main(server: str, keep: bool) -> None:
    database, _ = await create_database(server, "vpm_national")
    try:
        dataset = await generate(plain_dsn(server, database))
        print(f"database {database}")
        for line in summary(dataset):
            print(line)
    finally:
        if keep:
            print(f"kept: {plain_dsn(server, database)}")
        else:
            await drop_database(server, database)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", default="postgresql://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    arguments = parser.parse_args()
    asyncio.run(main(arguments.server, arguments.keep))

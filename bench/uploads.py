"""Benchmark: hostile uploads (issue 12, finding 1) against one uvicorn worker, and `/health`
on that worker while they are parsed, beside the idle `/health` of the same run.

One command, from a clean checkout (SQLite, nothing else needed):

    .venv/bin/python bench/uploads.py
    .venv/bin/python bench/uploads.py --runs 10 --unbounded

1. migrates a temporary SQLite database and loads the demo data;
2. builds the files: one row numbered 10,000,000 (no `<dimension>`), one row numbered
   1,048,576, 1,900 rows x 1,100 cells (44 MB unpacked), and for contrast the largest file
   the import accepts: 2,000 rows x 6 columns of text (sent as a dry run, `proefdraai=true`);
3. serves the real app (`uvicorn app.main:create_app --factory`, one worker);
4. measures `/health` idle (the baseline), then per file `--runs` uploads, each while a
   second connection asks `/health` again and again: the upload's status and time, and
   the `/health` latencies during it (p50, max);
5. with `--unbounded`, also times openpyxl's read-only walk of the 1,048,576 file in this
   process, the way the import read files before (the 10,000,000 file took 21.6 s that way
   and is left out).
"""

import argparse
import asyncio
import io
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import openpyxl

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.auth_headers import BEHEERDER_RENKUM  # noqa: E402
from tests.databases import migrate_and_load_demo  # noqa: E402
from tests.hostile_workbooks import excel_last_row, row_ten_million, wide_sheet  # noqa: E402
from tests.live_server import live_server  # noqa: E402

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def largest_accepted() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Nr", "Aanbeveling", "Reactie", "Actie", "Wie", "Planning"])
    for number in range(1, 2_000):
        sheet.append([f"R{number}", f"Aanbeveling {number} " * 4, "", "", "", ""])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


FILES: dict[str, Callable[[], bytes]] = {
    "row 10,000,000, no dimension": row_ten_million,
    "row 1,048,576": excel_last_row,
    "1,900 x 1,100 cells (44 MB)": wide_sheet,
    "2,000 rows, accepted (dry run)": largest_accepted,
}


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f}"


async def health_until(http: httpx.AsyncClient, done: asyncio.Event) -> list[float]:
    latencies: list[float] = []
    while not done.is_set() or len(latencies) < 3:
        started = time.perf_counter()
        await http.get("/health")
        latencies.append(time.perf_counter() - started)
    return latencies


async def measure(base_url: str, files: dict[str, bytes], runs: int) -> None:
    async with (
        httpx.AsyncClient(base_url=base_url, timeout=60) as uploader,
        httpx.AsyncClient(base_url=base_url, timeout=60) as prober,
    ):
        for _ in range(20):
            await prober.get("/health")
        idle = []
        for _ in range(200):
            started = time.perf_counter()
            await prober.get("/health")
            idle.append(time.perf_counter() - started)
        await uploader.get("/aanbevelingen", headers=BEHEERDER_RENKUM)
        print(
            f"{'':34} {'status':>6} {'upload ms p50':>14} {'max':>8}  "
            f"{'health ms p50':>14} {'max':>8}"
        )
        print(
            f"{'baseline: /health idle':34} {'':>6} {'':>14} {'':>8}  "
            f"{ms(statistics.median(idle)):>14} {ms(max(idle)):>8}"
        )
        for name, content in files.items():
            query = "?proefdraai=true" if "dry run" in name else ""
            statuses, uploads, health = set(), [], []
            for _ in range(runs):
                done = asyncio.Event()
                probes = asyncio.create_task(health_until(prober, done))
                started = time.perf_counter()
                response = await uploader.post(
                    f"/aanbevelingen/_import{query}",
                    content=content,
                    headers={**BEHEERDER_RENKUM, "Content-Type": XLSX},
                )
                uploads.append(time.perf_counter() - started)
                done.set()
                health += await probes
                statuses.add(response.status_code)
            print(
                f"{name:34} {'/'.join(map(str, sorted(statuses))):>6} "
                f"{ms(statistics.median(uploads)):>14} {ms(max(uploads)):>8}  "
                f"{ms(statistics.median(health)):>14} {ms(max(health)):>8}"
            )


def unbounded_walk(content: bytes) -> float:
    started = time.perf_counter()
    book = openpyxl.load_workbook(io.BytesIO(content), read_only=True)
    for _ in book.worksheets[0].iter_rows(max_col=26, values_only=True):
        pass
    book.close()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--unbounded", action="store_true")
    args = parser.parse_args()
    files = {name: build() for name, build in FILES.items()}
    for name, content in files.items():
        print(f"{name:34} {len(content):>10,} bytes")
    handle, path = tempfile.mkstemp(prefix="vpm-bench-uploads-", suffix=".db")
    os.close(handle)
    url = f"sqlite+aiosqlite:///{path}"
    try:
        migrate_and_load_demo(url)
        with live_server(url) as server:
            asyncio.run(measure(server.base_url, files, args.runs))
    finally:
        Path(path).unlink(missing_ok=True)
    if args.unbounded:
        seconds = unbounded_walk(files["row 1,048,576"])
        print(f"before (openpyxl read-only walk, on the loop): row 1,048,576 took {ms(seconds)} ms")


if __name__ == "__main__":
    main()

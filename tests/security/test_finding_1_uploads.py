"""Issue 12, finding 1: no file stalls a worker. A file is bounded by the rows and cells it
declares or addresses (not only those with content) and by wall time, and it is parsed off the
event loop: the worker keeps answering while it reads."""

import asyncio
import time
from collections.abc import Callable

import httpx
import pytest
from httpx import AsyncClient, Response

from app.core.errors import InvalidInput
from app.core.uploads import Bestandssoort, Deadline, ParseLimits
from app.core.uploads.tables import parse_table
from tests.auth_headers import BEHEERDER_RENKUM
from tests.hostile_workbooks import (
    excel_last_row,
    row_ten_million,
    single_row_numbered,
    wide_sheet,
)
from tests.live_server import live_server
from tests.verbeterplan.helpers import XLSX, csv_of, import_csv, plan

FINDING_1_FILES: dict[str, Callable[[], bytes]] = {
    "one row numbered 10,000,000 without a dimension": row_ten_million,
    "one row numbered 1,048,576": excel_last_row,
    "1,900 rows of 1,100 cells (44 MB unpacked)": wide_sheet,
}


async def upload(client: AsyncClient, content: bytes) -> Response:
    return await client.post(
        "/aanbevelingen/_import",
        content=content,
        headers={**BEHEERDER_RENKUM, "Content-Type": XLSX},
    )


def reason(response: Response) -> str:
    assert response.status_code == 400, response.text
    param = response.json()["invalidParams"][0]
    assert param["name"] == "bestand"
    return str(param["reason"])


async def test_finding_1_a_row_numbered_ten_million_is_400_and_stores_nothing(
    client: AsyncClient,
) -> None:
    response = await upload(client, row_ten_million())

    assert "beyond row 2000" in reason(response)
    assert await plan(client, BEHEERDER_RENKUM) == []


async def test_finding_1_a_row_numbered_as_excels_last_row_is_400(client: AsyncClient) -> None:
    assert "beyond row 2000" in reason(await upload(client, excel_last_row()))


async def test_finding_1_a_sheet_that_addresses_two_million_empty_or_filled_cells_is_400(
    client: AsyncClient,
) -> None:
    assert "cells" in reason(await upload(client, wide_sheet()))


async def test_finding_1_a_dimension_that_declares_too_many_cells_is_400(
    client: AsyncClient,
) -> None:
    assert "cells" in reason(await upload(client, wide_sheet(rows=4, cells=16_384, dimension=True)))


async def test_finding_1_the_last_row_the_limit_allows_is_read(client: AsyncClient) -> None:
    table = parse_table(
        single_row_numbered(2_000),
        Deadline(30),
        soort=Bestandssoort.XLSX,
        limits=ParseLimits(2_000),
    )

    assert [(row.nummer, row.cellen[0]) for row in table] == [(2_000, "Nr")]


async def test_finding_1_empty_csv_lines_count_against_the_row_limit(
    client: AsyncClient,
) -> None:
    content = csv_of("A;Tekst;;;;") + b"\r\n" * 3_000

    assert "beyond row 2000" in reason(await import_csv(client, content, BEHEERDER_RENKUM))


async def test_finding_1_a_csv_line_of_a_million_separators_is_400(client: AsyncClient) -> None:
    content = csv_of("A;Tekst;;;;") + b";" * 1_000_000

    assert "cells" in reason(await import_csv(client, content, BEHEERDER_RENKUM))


def test_finding_1_a_parse_that_outlives_its_deadline_is_400() -> None:
    content = csv_of(*[f"A{n};Tekst;;;;" for n in range(500)])

    deadline = Deadline(0.001)
    time.sleep(0.01)

    with pytest.raises(InvalidInput, match=r"longer than 0\.001 s"):
        parse_table(content, deadline, soort=Bestandssoort.CSV, limits=ParseLimits(2_000))


async def _health_latencies(http: httpx.AsyncClient, done: asyncio.Event) -> list[float]:
    """`/health` asked again and again until `done` (and at least five times)."""
    latencies: list[float] = []
    while not done.is_set() or len(latencies) < 5:
        started = time.perf_counter()
        response = await http.get("/health")
        latencies.append(time.perf_counter() - started)
        assert response.status_code == 200
    return latencies


async def test_finding_1_each_file_answers_within_2_s_and_health_stays_under_100_ms(
    database_url: str,
) -> None:
    files = {name: build() for name, build in FINDING_1_FILES.items()}
    with live_server(database_url) as server:
        async with (
            httpx.AsyncClient(base_url=server.base_url, timeout=30) as uploader,
            httpx.AsyncClient(base_url=server.base_url, timeout=30) as prober,
        ):
            await prober.get("/health")  # both connections open, the token known, before
            await upload(uploader, csv_of("A;Tekst;;;;"))  # the clock runs
            for name, content in files.items():
                done = asyncio.Event()
                probes = asyncio.create_task(_health_latencies(prober, done))
                started = time.perf_counter()
                response = await upload(uploader, content)
                elapsed = time.perf_counter() - started
                done.set()
                latencies = await probes

                assert response.status_code in (400, 413), (name, response.text)
                assert elapsed < 2.0, (name, elapsed)
                assert max(latencies) < 0.1, (name, latencies)

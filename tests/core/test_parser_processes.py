"""The upload parsers' worker processes end with the server process that started them, even
when it is stopped as a container stops it (SIGTERM to it alone: uvicorn then ends by raising
the signal again, and no exit handler of its own runs)."""

import asyncio
import os
import signal
import time
from pathlib import Path

from tests.databases import PostgresTemplates, SqliteTemplates
from tests.live_server import live_server

GONE_WITHIN_SECONDS = 5.0


def children_of(pid: int) -> set[int]:
    """The processes whose parent is `pid` (Linux: /proc/<pid>/stat, field 4)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return stat.exists() and stat.read_text().rsplit(")", 1)[1].split()[0] != "Z"


def still_alive_after(pids: set[int], seconds: float) -> set[int]:
    deadline = time.monotonic() + seconds
    while any(alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    return {pid for pid in pids if alive(pid)}


async def test_the_parsers_end_when_the_server_is_stopped(
    templates: SqliteTemplates | PostgresTemplates,
) -> None:
    url = await templates.new_database()
    try:
        with live_server(url) as server:
            parsers = children_of(server.process.pid)
            assert len(parsers) >= 2  # started with the server, not at the first upload

            server.process.send_signal(signal.SIGTERM)  # to the server alone
            await asyncio.to_thread(server.process.wait, 15)
            left = await asyncio.to_thread(still_alive_after, parsers, GONE_WITHIN_SECONDS)

            assert left == set()
    finally:
        await templates.drop_database(url)

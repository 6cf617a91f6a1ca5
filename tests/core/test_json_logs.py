"""With VPM_LOG_FORMAT=json every line the server writes to stderr is one JSON object,
uvicorn's own start-up and shut-down lines included."""

import asyncio
import json
import logging
import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from app.config import Settings
from app.core.logging import configure_logging
from tests.databases import PostgresTemplates, SqliteTemplates
from tests.live_server import PROJECT_ROOT, LiveServer, free_port, stop, wait_until_healthy


def test_a_standard_library_logger_writes_json(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging(Settings(log_format="json"))

    logging.getLogger("uvicorn.error").info("Started server process [%d]", 42)

    line = json.loads(capsys.readouterr().err.strip().splitlines()[-1])
    assert line["event"] == "Started server process [42]"
    assert line["logger"] == "uvicorn.error"
    assert line["level"] == "info"


def stop_as_a_container_would(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM to the server process alone (as `docker stop` sends it to the container's
    main process), then to its whole group if it lingers."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            stop(process)
    stop(process)  # any process of its group still left


def stderr_of_serve(database_url: str) -> list[str]:
    """The lines `vpmonitor serve` writes to stderr from its start until it is stopped."""
    port = free_port()
    stderr = Path(tempfile.mkstemp(prefix="vpm-serve-", suffix=".log")[1])
    env = {key: value for key, value in os.environ.items() if not key.startswith("VPM_")}
    env.update(VPM_DATABASE_URL=database_url, VPM_LOG_FORMAT="json", VPM_LOG_LEVEL="INFO")
    vpmonitor = Path(sys.executable).parent / "vpmonitor"
    command = [str(vpmonitor), "serve", "--port", str(port), "--no-worker"]
    try:
        with stderr.open("wb") as output:
            process = subprocess.Popen(  # noqa: S603 - our own interpreter and arguments
                command,
                cwd=PROJECT_ROOT,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=output,
                start_new_session=True,
            )
        try:
            wait_until_healthy(LiveServer(port, process, stderr), workers=1)
        finally:
            stop_as_a_container_would(process)
        return [line for line in stderr.read_text().splitlines() if line.strip()]
    finally:
        stderr.unlink(missing_ok=True)


async def test_every_line_of_vpmonitor_serve_is_json(
    templates: SqliteTemplates | PostgresTemplates,
) -> None:
    url = await templates.new_database()
    try:
        lines = await asyncio.to_thread(stderr_of_serve, url)
    finally:
        await templates.drop_database(url)

    events = [json.loads(line)["event"] for line in lines]  # fails on any non-JSON line
    assert any(event.startswith("Started server process") for event in events)
    assert any(event.startswith("Uvicorn running on") for event in events)

"""Real uvicorn processes of the app, for tests that need more than one process or a real
socket: property-based testing, faults, concurrency across workers.

`live_server(database_url, workers=2)` starts `uvicorn app.main:create_app --factory` in its
own process group on a free port of 127.0.0.1, waits until `/api/v1/health` answers, and
stops exactly that group afterwards.
"""

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from app.config import with_async_driver

PROJECT_ROOT = Path(__file__).resolve().parent.parent
STARTUP_SECONDS = 30


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass(frozen=True)
class LiveServer:
    port: int
    process: subprocess.Popen[bytes]
    log: Path

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        return f"{self.origin}/api/v1"

    def read_log(self) -> str:
        return self.log.read_text(errors="replace")


def server_environment(database_url: str, settings: dict[str, str] | None) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("VPM_")}
    env.update(
        VPM_DATABASE_URL=with_async_driver(database_url),
        VPM_LOG_LEVEL="WARNING",
        VPM_LOG_FORMAT="json",
        PYTHONUNBUFFERED="1",
    )
    env.update(settings or {})
    return env


@contextmanager
def live_server(
    database_url: str,
    *,
    workers: int = 1,
    settings: dict[str, str] | None = None,
    factory: str = "app.main:create_app",
) -> Iterator[LiveServer]:
    """Serve the app on `database_url` in `workers` processes until the block ends.

    `settings` are extra VPM_ environment variables, e.g. {"VPM_PARTNER_PUSH_LIMIT": "3"};
    `factory` an app factory to serve instead of the app's own (a test app with extra routes).
    """
    port = free_port()
    log = Path(tempfile.mkstemp(prefix="vpm-live-", suffix=".log")[1])
    command = [
        sys.executable, "-m", "uvicorn", factory, "--factory",
        "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers),
        "--no-access-log", "--log-level", "warning",
    ]  # fmt: skip
    with log.open("wb") as output:
        process = subprocess.Popen(  # noqa: S603 - our own interpreter and arguments
            command,
            cwd=PROJECT_ROOT,
            env=server_environment(database_url, settings),
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: stopped as one, nothing else
        )
    server = LiveServer(port, process, log)
    try:
        wait_until_healthy(server, workers)
        yield server
    finally:
        stop(process)
        log.unlink(missing_ok=True)


def wait_until_healthy(server: LiveServer, workers: int) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"the server exited at start:\n{server.read_log()}")
        try:
            if httpx.get(f"{server.base_url}/health", timeout=2).status_code == 200:
                if workers > 1:
                    time.sleep(1.0)  # let the other workers finish their start as well
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"the server did not become healthy:\n{server.read_log()}")


def stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM to the server's own process group, SIGKILL if it lingers."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=5)

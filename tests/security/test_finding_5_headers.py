"""Issue 12, finding 5: request headers are bounded in size and count; over either, 431
problem+json. The app refuses them whatever server runs it; the server of `vpmonitor serve`
also stops reading a head that grows past the limits, before it is complete."""

import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from httpx import AsyncClient

from tests.auth_headers import BEHEERDER_ARNHEM
from tests.live_server import (
    PROJECT_ROOT,
    LiveServer,
    free_port,
    live_server,
    server_environment,
    stop,
    wait_until_healthy,
)

EIGHT_MB = 8 * 1024 * 1024


def many_headers(count: int) -> list[tuple[str, str]]:
    return [*BEHEERDER_ARNHEM.items(), *((f"x-extra-{n}", "1") for n in range(count))]


def assert_431_problem(response: httpx.Response) -> None:
    assert response.status_code == 431, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["status"] == 431


async def test_finding_5_more_than_100_headers_are_431(client: AsyncClient) -> None:
    response = await client.get("/gebruikersprofiel", headers=many_headers(101))

    assert_431_problem(response)


async def test_finding_5_100_headers_are_served(client: AsyncClient) -> None:
    response = await client.get("/gebruikersprofiel", headers=many_headers(90))

    assert response.status_code == 200, response.text


async def test_finding_5_an_authorization_header_over_32_kb_is_431_before_it_is_looked_up(
    client: AsyncClient,
) -> None:
    response = await client.get(
        "/gebruikersprofiel", headers={"Authorization": "Bearer " + "a" * 40_000}
    )

    assert_431_problem(response)


def test_finding_5_20000_headers_and_an_8_mb_header_are_431_on_a_live_server(
    database_url: str,
) -> None:
    with live_server(database_url) as server, httpx.Client(base_url=server.base_url) as http:
        assert_431_problem(http.get("/gebruikersprofiel", headers=many_headers(20_000)))
        big = {"Authorization": "Bearer " + "a" * EIGHT_MB}
        assert_431_problem(http.get("/gebruikersprofiel", headers=big))


@contextmanager
def vpmonitor_serve(database_url: str) -> Iterator[LiveServer]:
    """`vpmonitor serve` (its own HTTP protocol) on a free port, without the worker."""
    port = free_port()
    log = Path(tempfile.mkstemp(prefix="vpm-serve-", suffix=".log")[1])
    command = [
        sys.executable, "-c", "from app.cli import main; main()",
        "serve", "--host", "127.0.0.1", "--port", str(port), "--no-worker",
    ]  # fmt: skip
    with log.open("wb") as output:
        process = subprocess.Popen(  # noqa: S603 - our own interpreter and arguments
            command,
            cwd=PROJECT_ROOT,
            env=server_environment(database_url, None),
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    server = LiveServer(port, process, log)
    try:
        wait_until_healthy(server, 1)
        yield server
    finally:
        stop(process)
        log.unlink(missing_ok=True)


def answer_to_unfinished_head(port: int, head: bytes) -> tuple[bytes, float]:
    """Sends `head` (never the blank line that ends it) and returns what comes back within
    two seconds, and how long it took."""
    with socket.create_connection(("127.0.0.1", port), timeout=2) as connection:
        started = time.perf_counter()
        connection.sendall(head)
        received = b""
        try:
            while chunk := connection.recv(65536):
                received += chunk
        except (TimeoutError, ConnectionResetError):
            pass
        return received, time.perf_counter() - started


def test_finding_5_vpmonitor_serve_stops_reading_an_endless_header_and_answers_431(
    database_url: str,
) -> None:
    endless = b"GET /api/v1/gebruikersprofiel HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
    many = b"GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n" + b"X-A: 1\r\n" * 20_000
    with vpmonitor_serve(database_url) as server:
        for head in (endless + b"a" * (256 * 1024), many):
            answer, seconds = answer_to_unfinished_head(server.port, head)

            status_line, _, rest = answer.partition(b"\r\n")
            assert status_line == b"HTTP/1.1 431 Request Header Fields Too Large", answer[:200]
            assert b"content-type: application/problem+json" in rest
            assert seconds < 1.5  # answered, not waiting for the head to end


def test_vpmonitor_serve_answers_ordinary_requests_on_one_connection(database_url: str) -> None:
    with vpmonitor_serve(database_url) as server, httpx.Client(base_url=server.base_url) as http:
        party = {
            "naam": "Test via serve",
            "vestigingsplaats": "Arnhem",
            "bbvCategorie": "overig",
            "rechtsvorm": "overig",
            "openbaarBelang": "Test",
        }
        created = http.post("/verbonden-partijen", json=party, headers=BEHEERDER_ARNHEM)
        listed = http.get("/verbonden-partijen?pageSize=100", headers=BEHEERDER_ARNHEM)
        health = http.get("/health", headers=many_headers(90))

    assert created.status_code == 201, created.text
    assert "Test via serve" in listed.text
    assert health.status_code == 200

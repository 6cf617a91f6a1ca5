"""Load, outage and bookkeeping for the fault tests.

`Load` keeps a few clients busy with reads and writes against a live server and records every
answer with its duration. `retry_with_idempotency_key` is how a partner system retries a
write through an outage: the same body with the same `Idempotency-Key` until it is answered.
The partner push test (test_database_restart.py, "a partner retrying with its
Idempotency-Key ends with exactly one report") uses it:

    response, attempts = await retry_with_idempotency_key(
        client, "POST", f"/verbonden-partijen/{party}/rapportages",
        headers=PARTNER_DE_CONNECTIE, json=report, key=str(uuid.uuid4()), seen=answers,
    )
"""

import asyncio
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from tests.auth_headers import BEHEERDER_ARNHEM, LEZER_ARNHEM

WRITE_PREFIX = "Storingstest"


@dataclass(frozen=True)
class Answer:
    kind: str
    started: float
    seconds: float
    status: int  # 0: no HTTP answer at all (connection error or client timeout)
    content_type: str
    retry_after: str | None
    body: Any


@dataclass
class Load:
    """Readers and writers in a loop until `stop()`; every answer is kept."""

    base_url: str
    readers: int = 3
    writers: int = 2
    answers: list[Answer] = field(default_factory=list)
    _stop: asyncio.Event = field(default_factory=asyncio.Event)
    _tasks: list[asyncio.Task[None]] = field(default_factory=list)

    def start(self) -> None:
        reads = [self._loop("lezen", self._read) for _ in range(self.readers)]
        writes = [self._loop("schrijven", self._write) for _ in range(self.writers)]
        self._tasks = [asyncio.create_task(loop) for loop in (*reads, *writes)]

    async def stop(self) -> None:
        self._stop.set()
        await asyncio.gather(*self._tasks)

    async def _read(self, client: httpx.AsyncClient) -> httpx.Response:
        return await client.get("/verbonden-partijen", headers=LEZER_ARNHEM)

    async def _write(self, client: httpx.AsyncClient) -> httpx.Response:
        body = {
            "naam": f"{WRITE_PREFIX} {uuid.uuid4().hex[:12]}",
            "vestigingsplaats": "Arnhem",
            "bbvCategorie": "overig",
            "rechtsvorm": "overig",
            "openbaarBelang": "Wat er ook gebeurt: heel of niet.",
        }
        return await client.post("/verbonden-partijen", headers=BEHEERDER_ARNHEM, json=body)

    async def _loop(
        self, kind: str, call: Callable[[httpx.AsyncClient], Awaitable[httpx.Response]]
    ) -> None:
        async with httpx.AsyncClient(base_url=self.base_url, timeout=15) as client:
            while not self._stop.is_set():
                started = time.monotonic()
                try:
                    response = await call(client)
                except httpx.TransportError:
                    seconds = time.monotonic() - started
                    self.answers.append(Answer(kind, started, seconds, 0, "", None, None))
                    await asyncio.sleep(0.05)
                    continue
                self.answers.append(
                    Answer(
                        kind,
                        started,
                        time.monotonic() - started,
                        response.status_code,
                        response.headers.get("content-type", ""),
                        response.headers.get("retry-after"),
                        _json_or_text(response),
                    )
                )
                await asyncio.sleep(0.02)

    def between(self, start: float, end: float) -> list[Answer]:
        return [answer for answer in self.answers if start <= answer.started < end]


def _json_or_text(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return response.text[:500]


async def wait_until_healthy(base_url: str, within_seconds: float) -> float:
    """Seconds until /health answers 200 again (raises when it does not within the limit)."""
    started = time.monotonic()
    async with httpx.AsyncClient(base_url=base_url, timeout=5) as client:
        while time.monotonic() - started < within_seconds:
            try:
                if (await client.get("/health")).status_code == 200:
                    return time.monotonic() - started
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.2)
    raise AssertionError(f"the service did not recover within {within_seconds} s")


async def retry_with_idempotency_key(
    client: httpx.AsyncClient,
    method: str,
    path: str,
    *,
    headers: dict[str, str],
    json: Any,
    key: str,
    attempts: int = 30,
    longest_wait: float = 2.0,
    seen: list[Answer] | None = None,
) -> tuple[httpx.Response, int]:
    """Send one write with the same `Idempotency-Key` until the service answers it with
    something other than 503 (honouring Retry-After, capped at `longest_wait` seconds), as a
    partner system does through an outage. Returns the final answer and the attempts made;
    every attempt's answer is appended to `seen` when given."""
    for attempt in range(1, attempts + 1):
        started = time.monotonic()
        try:
            response = await client.request(
                method, path, headers={**headers, "Idempotency-Key": key}, json=json
            )
        except httpx.TransportError:
            if seen is not None:
                seen.append(Answer(key, started, time.monotonic() - started, 0, "", None, None))
            await asyncio.sleep(longest_wait)
            continue
        if seen is not None:
            seen.append(
                Answer(
                    key,
                    started,
                    time.monotonic() - started,
                    response.status_code,
                    response.headers.get("content-type", ""),
                    response.headers.get("retry-after"),
                    _json_or_text(response),
                )
            )
        if response.status_code != 503:
            return response, attempt
        await asyncio.sleep(min(float(response.headers.get("retry-after", "1")), longest_wait))
    raise AssertionError(f"no answer other than 503 after {attempts} attempts")

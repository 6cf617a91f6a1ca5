"""A small HTTP/1.1 load generator: N keep-alive connections, each sending its next request as
soon as the previous answer is in (closed loop, like wrk), for a fixed time.

Raw asyncio streams, no HTTP library: the generator runs on the same machine as the server,
so it must cost little per request.
"""

import asyncio
import itertools
import statistics
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Request:
    path: str
    headers: tuple[tuple[str, str], ...] = ()

    def encode(self, host: str) -> bytes:
        lines = [f"GET {self.path} HTTP/1.1", f"Host: {host}", "Accept: application/json"]
        lines += [f"{name}: {value}" for name, value in self.headers]
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


@dataclass(frozen=True)
class Result:
    name: str
    seconds: float
    latencies: Sequence[float]
    errors: int

    @property
    def throughput(self) -> float:
        return len(self.latencies) / self.seconds

    def percentile(self, fraction: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]

    def line(self) -> str:
        return (
            f"{self.name:<34} {self.throughput:9.1f} req/s   "
            f"p50 {statistics.median(self.latencies) * 1000:7.1f} ms   "
            f"p95 {self.percentile(0.95) * 1000:7.1f} ms   "
            f"p99 {self.percentile(0.99) * 1000:7.1f} ms   "
            f"n={len(self.latencies)} errors={self.errors}"
        )


async def _read_response(reader: asyncio.StreamReader) -> int:
    """Read one response; its status code."""
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head[9:12])
    length = 0
    chunked = False
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        name = name.strip().lower()
        if name == b"content-length":
            length = int(value)
        elif name == b"transfer-encoding" and b"chunked" in value.lower():
            chunked = True
    if chunked:
        while True:
            size = int((await reader.readuntil(b"\r\n")).strip(), 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    elif length:
        await reader.readexactly(length)
    return status


async def _connection(
    host: str,
    port: int,
    requests: Iterator[bytes],
    until: float,
    record_from: float,
    latencies: list[float],
    failures: list[int],
    expected: int,
) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    try:
        while (now := time.perf_counter()) < until:
            writer.write(next(requests))
            status = await _read_response(reader)
            done = time.perf_counter()
            if now >= record_from:
                if status == expected:
                    latencies.append(done - now)
                else:
                    failures.append(status)
    finally:
        writer.close()


async def run(
    name: str,
    host: str,
    port: int,
    requests: Sequence[Request],
    connections: int,
    seconds: float,
    warmup: float,
    expected: int = 200,
) -> Result:
    """Load the server with `connections` connections cycling through `requests`; record only
    after the warm-up. An answer with another status than `expected` counts as an error."""
    encoded = [request.encode(f"{host}:{port}") for request in requests]
    cycle = itertools.cycle(encoded)
    start = time.perf_counter()
    record_from, until = start + warmup, start + warmup + seconds
    latencies: list[float] = []
    failures: list[int] = []
    await asyncio.gather(
        *(
            _connection(host, port, cycle, until, record_from, latencies, failures, expected)
            for _ in range(connections)
        )
    )
    return Result(name, seconds, latencies, len(failures))

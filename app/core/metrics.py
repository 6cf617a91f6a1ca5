"""Prometheus metrics of the HTTP layer and the database pool, correct across worker processes.

Every process counts into prometheus_client's default registry (the notifications domain's
counters live there too). With several worker processes, `vpmonitor serve` points
`PROMETHEUS_MULTIPROC_DIR` at a fresh directory before the workers start; each process then
writes its figures there and a scrape, answered by whichever worker, adds them all up.
"""

import os
import time

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
)
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MULTIPROC_DIR = "PROMETHEUS_MULTIPROC_DIR"
UNMATCHED = "onbekend"  # a path no route matched: one label, however many such paths

REQUESTS = Counter(
    "vpmonitor_http_requests",
    "HTTP requests by method, route template and status.",
    ["method", "route", "status"],
)
DURATION = Histogram(
    "vpmonitor_http_request_duration_seconds",
    "Time from request to the end of the response, by method and route template.",
    ["method", "route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)
POOL_IN_USE = Gauge(
    "vpmonitor_db_pool_connections_in_use",
    "Database connections checked out of the pool, summed over the live worker processes.",
    multiprocess_mode="livesum",
)


class MetricsMiddleware:
    """Counts and times every HTTP request under its route template (`/api/v1/risicos/{id}`),
    and notes the pool's connections in use as the request ends."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_noting_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_noting_status)
        finally:
            route = route_template(scope)
            method = scope["method"]
            REQUESTS.labels(method, route, str(status)).inc()
            DURATION.labels(method, route).observe(time.perf_counter() - started)
            engine = getattr(scope["app"].state, "engine", None) if "app" in scope else None
            if engine is not None and hasattr(engine.pool, "checkedout"):
                POOL_IN_USE.set(engine.pool.checkedout())


def route_template(scope: Scope) -> str:
    """The matched route's path template with its router's prefix (`/api/v1/risicos/{id}`)."""
    included = scope.get("fastapi", {}).get("effective_route_context")
    template = getattr(included, "path_format", None) or getattr(scope.get("route"), "path", None)
    return str(template) if template else UNMATCHED


def exposition() -> tuple[bytes, str]:
    """The metrics of every process (multi-process mode) or of this one, in the text format."""
    if os.environ.get(MULTIPROC_DIR):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        return generate_latest(registry), CONTENT_TYPE_LATEST
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST


def process_ended() -> None:
    """Drop this process's live gauges from the shared directory (at shutdown)."""
    if os.environ.get(MULTIPROC_DIR):
        multiprocess.mark_process_dead(os.getpid())  # type: ignore[no-untyped-call]

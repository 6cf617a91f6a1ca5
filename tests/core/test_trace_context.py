"""A W3C `traceparent` from the caller is carried into the request's log lines."""

import structlog
from httpx import AsyncClient

TRACE = "4bf92f3577b34da6a3ce929d0e0e4736"
PARENT = "00f067aa0ba902b7"


async def test_the_callers_trace_id_is_in_the_log_context(client: AsyncClient) -> None:
    await client.get("/health", headers={"traceparent": f"00-{TRACE}-{PARENT}-01"})

    context = structlog.contextvars.get_contextvars()
    assert context["trace_id"] == TRACE
    assert context["parent_span_id"] == PARENT


async def test_a_malformed_traceparent_is_ignored(client: AsyncClient) -> None:
    await client.get("/health", headers={"traceparent": f"00-{'0' * 32}-{PARENT}-01"})

    assert "trace_id" not in structlog.contextvars.get_contextvars()

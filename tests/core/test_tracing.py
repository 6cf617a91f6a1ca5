"""Optional OpenTelemetry tracing: with OTEL_* set, a request is a server span with the
database statements as its children, and its log lines carry the span's trace id; without
them, nothing of OpenTelemetry's SDK or instrumentations is imported."""

import subprocess
import sys

import httpx
import pytest
import structlog
from fastapi import FastAPI
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind
from structlog.testing import LogCapture

from app.core import middleware, tracing, tracing_otel
from app.main import create_app
from tests.auth_headers import BEHEERDER_ARNHEM
from tests.conftest import BASE_URL
from tests.databases import settings_for
from tests.live_server import PROJECT_ROOT

CALLER_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736"
CALLER_SPAN = "00f067aa0ba902b7"


@pytest.fixture
def exporter(monkeypatch: pytest.MonkeyPatch) -> InMemorySpanExporter:
    """Tracing on (as `OTEL_EXPORTER_OTLP_ENDPOINT` would turn it on), spans kept in memory."""
    memory = InMemorySpanExporter()
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4318")
    monkeypatch.setattr(tracing_otel, "new_exporter", lambda: memory)
    return memory


async def one_traced_request(app: FastAPI) -> httpx.Response:
    """A beheerder reads the profile, in the caller's trace; the spans flushed."""
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as client:
            response = await client.get(
                "/gebruikersprofiel",
                headers={**BEHEERDER_ARNHEM, "traceparent": f"00-{CALLER_TRACE}-{CALLER_SPAN}-01"},
            )
        app.state.tracing.provider.force_flush()
    return response


async def test_a_request_is_a_server_span_with_database_children_and_its_logs_carry_the_trace(
    database_url: str, exporter: InMemorySpanExporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = settings_for(database_url).model_copy(
        update={"log_format": "json", "log_level": "INFO"}
    )
    app = create_app(settings)
    lines = LogCapture()
    configured = structlog.get_config()["processors"]
    # the app's processors (the trace ids among them), the lines kept instead of rendered
    structlog.configure(processors=[*configured[:-1], lines])
    # a logger bound now, with this configuration (an earlier test's may be cached at WARNING)
    monkeypatch.setattr(middleware, "log", structlog.get_logger("vpmonitor.request"))
    try:
        response = await one_traced_request(app)
    finally:
        structlog.configure(processors=configured)

    assert response.status_code == 200
    spans = exporter.get_finished_spans()
    server = [span for span in spans if span.kind is SpanKind.SERVER]
    assert len(server) == 1
    request_span = server[0]
    assert format(request_span.context.trace_id, "032x") == CALLER_TRACE  # the caller's trace
    assert request_span.parent is not None
    assert format(request_span.parent.span_id, "016x") == CALLER_SPAN
    in_trace = {span.context.span_id for span in spans if span.context.trace_id == CALLER_TRACE_ID}
    database = [span for span in spans if span.attributes and "db.system" in span.attributes]
    assert database, "no database span"
    assert all(span.context.trace_id == request_span.context.trace_id for span in database)
    assert all(span.parent is not None for span in database)
    assert {span.parent.span_id for span in database if span.parent} <= in_trace

    request_line = next(line for line in lines.entries if line.get("event") == "request")
    assert request_line["trace_id"] == CALLER_TRACE
    assert request_line["span_id"] in {format(span_id, "016x") for span_id in in_trace}
    assert tracing.enabled()


CALLER_TRACE_ID = int(CALLER_TRACE, 16)


# FastAPI itself imports the OpenTelemetry API (its native telemetry, a no-op without a
# provider); the SDK, the exporter and the instrumentations are what tracing adds.
TRACING_MODULES = ("opentelemetry.sdk", "opentelemetry.exporter", "opentelemetry.instrumentation")


def test_without_otel_settings_nothing_of_the_tracing_packages_is_loaded() -> None:
    probe = (
        "import sys\n"
        "from app.main import create_app\n"
        "create_app()\n"
        f"loaded = sorted(m for m in sys.modules if m.startswith({TRACING_MODULES!r}))\n"
        "print(loaded)\n"
    )
    env = {"PATH": "/usr/bin:/bin", "VPM_DATABASE_URL": "sqlite+aiosqlite:///:memory:"}
    result = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", probe],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )

    assert result.stdout.strip().splitlines()[-1] == "[]"


@pytest.mark.parametrize(
    ("environ", "on"),
    [
        ({}, False),
        ({"OTEL_EXPORTER_OTLP_ENDPOINT": "http://collector:4318"}, True),
        ({"OTEL_EXPORTER_OTLP_TRACES_ENDPOINT": "http://collector:4318/v1/traces"}, True),
        ({"OTEL_TRACES_EXPORTER": "otlp"}, True),
        ({"OTEL_TRACES_EXPORTER": "none", "OTEL_EXPORTER_OTLP_ENDPOINT": "http://c:4318"}, False),
        ({"OTEL_SDK_DISABLED": "true", "OTEL_EXPORTER_OTLP_ENDPOINT": "http://c:4318"}, False),
        ({"OTEL_SERVICE_NAME": "vp-monitor"}, False),
    ],
)
def test_tracing_is_on_only_when_an_exporter_is_configured(
    environ: dict[str, str], on: bool
) -> None:
    assert tracing.enabled(environ) is on

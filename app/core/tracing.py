"""Optional OpenTelemetry tracing: the switch, decided by the standard `OTEL_*` settings.

With `OTEL_EXPORTER_OTLP_ENDPOINT` (or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`) set, or
`OTEL_TRACES_EXPORTER=otlp`, the service exports spans of its requests, its database
statements and its outgoing HTTP calls over OTLP/HTTP (`app/core/tracing_otel.py`), and
every log line carries the `trace_id` and `span_id` of the span it was written in. Without
them this module imports nothing of OpenTelemetry's SDK, exporter or instrumentations,
so a service without the `otel` extra installed, or with tracing off, pays nothing for it.
(FastAPI's own native telemetry is switched off in app/main.py: this service sets no
global provider, so it would only ask for one on every request.)
"""

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import FastAPI
    from sqlalchemy.ext.asyncio import AsyncEngine

# The settings that decide whether tracing is on; the SDK reads these and the other
# OTEL_* settings (service name, headers, sampler) itself. Each is in the README.
SWITCHES = (
    "OTEL_EXPORTER_OTLP_ENDPOINT",
    "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT",
    "OTEL_TRACES_EXPORTER",
)
DOCUMENTED = (
    *SWITCHES,
    "OTEL_SERVICE_NAME",
    "OTEL_EXPORTER_OTLP_HEADERS",
    "OTEL_TRACES_SAMPLER",
    "OTEL_TRACES_SAMPLER_ARG",
)
MISSING_EXTRA = (
    "OTEL_* tracing is configured but OpenTelemetry is not installed: "
    "pip install 'vp-monitor[otel]' (or unset the OTEL_* settings)"
)


def enabled(environ: Mapping[str, str] | None = None) -> bool:
    """Tracing is on when an OTLP endpoint is set or `OTEL_TRACES_EXPORTER` names one, and
    `OTEL_SDK_DISABLED` is not `true`."""
    env = os.environ if environ is None else environ
    if env.get("OTEL_SDK_DISABLED", "").strip().lower() == "true":
        return False
    exporter = env.get("OTEL_TRACES_EXPORTER", "").strip().lower()
    if exporter:
        return exporter != "none"
    return any(env.get(name, "").strip() for name in SWITCHES[:2])


def install(app: "FastAPI") -> None:
    """Trace the app's requests and outgoing HTTP calls, when tracing is on."""
    if not enabled():
        return
    try:
        from app.core import tracing_otel
    except ImportError as missing:
        raise RuntimeError(MISSING_EXTRA) from missing
    app.state.tracing = tracing_otel.start(app)


def instrument_engine(app: "FastAPI", engine: "AsyncEngine") -> None:
    """Trace the statements of the app's database engine, when tracing is on."""
    tracing = getattr(app.state, "tracing", None)
    if tracing is not None:
        tracing.instrument_engine(engine)


def stop(app: "FastAPI") -> None:
    """Export what is left and take the instrumentation off (at the app's shutdown)."""
    tracing = getattr(app.state, "tracing", None)
    if tracing is not None:
        tracing.stop()
        app.state.tracing = None

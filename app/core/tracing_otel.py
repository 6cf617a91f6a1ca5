"""OpenTelemetry tracing, loaded only when `app/core/tracing.py` says it is on.

Spans: one server span per request (FastAPI/ASGI instrumentation, which continues the
caller's W3C `traceparent`), one per database statement (SQLAlchemy), one per outgoing HTTP
call (httpx: OIDC discovery and keys, webhooks), exported in batches over OTLP/HTTP to
`OTEL_EXPORTER_OTLP_ENDPOINT`. Every log line written inside a span gets its `trace_id`
and `span_id` (`add_trace_ids`, a structlog processor).
"""

from dataclasses import dataclass, field
from typing import Any

import structlog
from fastapi import FastAPI
from opentelemetry import trace
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.instrumentation.fastapi import FastAPIInstrumentor
from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor
from opentelemetry.instrumentation.sqlalchemy import SQLAlchemyInstrumentor
from opentelemetry.sdk.resources import SERVICE_NAME, Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, SpanExporter
from sqlalchemy.ext.asyncio import AsyncEngine

from app import __version__

DEFAULT_SERVICE_NAME = "vp-monitor"


def new_exporter() -> SpanExporter:
    """The OTLP/HTTP exporter; it reads its endpoint, headers and timeout from OTEL_*."""
    return OTLPSpanExporter()


@dataclass
class Tracing:
    """The app's tracer provider and what it instrumented, to undo at shutdown."""

    app: FastAPI
    provider: TracerProvider
    engines: list[Any] = field(default_factory=list)

    def instrument_engine(self, engine: AsyncEngine) -> None:
        # The instrumentation declares SQLAlchemy < 2.1 and would do nothing on 2.1; the
        # engine events it listens to are unchanged in 2.1 (tests/core/test_tracing.py).
        self.engines.append(
            SQLAlchemyInstrumentor().instrument(
                engine=engine.sync_engine, tracer_provider=self.provider, skip_dep_check=True
            )
        )

    def stop(self) -> None:
        for engine_tracer in self.engines:
            engine_tracer.remove_all_event_listeners()
        self.engines.clear()
        HTTPXClientInstrumentor().uninstrument()
        FastAPIInstrumentor.uninstrument_app(self.app)
        self.provider.shutdown()


def start(app: FastAPI) -> Tracing:
    """A tracer provider for this app (the SDK's defaults from OTEL_*: sampler, limits), the
    requests and outgoing HTTP calls instrumented; the engine follows in the lifespan."""
    resource = Resource.create({"service.version": __version__})  # with OTEL_SERVICE_NAME
    if str(resource.attributes.get(SERVICE_NAME, "")).startswith("unknown_service"):
        resource = resource.merge(Resource({SERVICE_NAME: DEFAULT_SERVICE_NAME}))
    provider = TracerProvider(resource=resource)
    provider.add_span_processor(BatchSpanProcessor(new_exporter()))
    FastAPIInstrumentor.instrument_app(app, tracer_provider=provider)
    HTTPXClientInstrumentor().instrument(tracer_provider=provider)
    return Tracing(app, provider)


def add_trace_ids(
    _logger: Any, _method: str, event: structlog.types.EventDict
) -> structlog.types.EventDict:
    """The current span's trace and span id on the log line (over a `traceparent`'s)."""
    context = trace.get_current_span().get_span_context()
    if context.is_valid:
        event["trace_id"] = format(context.trace_id, "032x")
        event["span_id"] = format(context.span_id, "016x")
    return event

"""Structured logging: one line per event, JSON in production, readable in a terminal.

The service's own events go through structlog; the standard library's loggers (uvicorn's
start-up and error lines, Alembic, asyncio) go through the same renderer, so with
`VPM_LOG_FORMAT=json` every line on stderr is one JSON object.
"""

import logging
import sys

import structlog

from app.config import Settings
from app.core import tracing

# uvicorn configures these itself unless told not to (`log_config=None`, app/serving.py);
# here they lose their own handlers and write through the root logger's.
HANDLER_NAME = "vpmonitor"
UVICORN_LOGGERS = ("uvicorn", "uvicorn.error", "uvicorn.access", "uvicorn.asgi")


def trace_ids() -> list[structlog.types.Processor]:
    """With OpenTelemetry tracing on, the processor that puts the current span's `trace_id`
    and `span_id` on each line; without it, none (and nothing of OpenTelemetry imported)."""
    if not tracing.enabled():
        return []
    try:
        from app.core.tracing_otel import add_trace_ids
    except ImportError as missing:
        raise RuntimeError(tracing.MISSING_EXTRA) from missing
    return [add_trace_ids]


def configure_logging(settings: Settings) -> None:
    renderer: structlog.types.Processor = (
        structlog.processors.JSONRenderer()
        if settings.log_format == "json"
        else structlog.dev.ConsoleRenderer(colors=False)
    )
    level = logging.getLevelName(settings.log_level)
    timestamper = structlog.processors.TimeStamper(fmt="iso", utc=True)
    traced = trace_ids()
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            *traced,
            structlog.processors.add_log_level,
            timestamper,
            structlog.processors.format_exc_info,
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(level),
        logger_factory=structlog.PrintLoggerFactory(sys.stderr),
        cache_logger_on_first_use=True,
    )
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=[
                structlog.contextvars.merge_contextvars,
                *traced,
                structlog.stdlib.add_logger_name,
                structlog.stdlib.add_log_level,
                structlog.stdlib.ExtraAdder(),
                timestamper,
                structlog.processors.format_exc_info,
            ],
            processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, renderer],
        )
    )
    handler.set_name(HANDLER_NAME)
    root = logging.getLogger()
    # Replace the handler of an earlier call (each app configures logging), keep any other
    # (a test runner's capture).
    root.handlers = [h for h in root.handlers if h.get_name() != HANDLER_NAME] + [handler]
    root.setLevel(level)
    for name in UVICORN_LOGGERS:
        logger = logging.getLogger(name)
        logger.handlers = []
        logger.propagate = True

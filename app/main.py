"""The application factory."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.telemetry import TelemetryConfig
from starlette.middleware.cors import CORSMiddleware

from app import __version__
from app.api import TAGS, include_api
from app.auth import token_cache
from app.auth.oidc.browser import router as oidc_browser_router
from app.auth.oidc.state import OidcState
from app.auth.oidc.well_known import router as oidc_well_known_router
from app.config import Settings, get_settings
from app.core import tracing
from app.core.db import create_engine, create_read_sessionmaker, create_sessionmaker
from app.core.error_handlers import register_error_handlers
from app.core.head import HeadAsGetMiddleware
from app.core.header_limits import HeaderLimitMiddleware, HeaderLimits
from app.core.hosts import HostMiddleware
from app.core.json_encoding import JsonEncodingMiddleware
from app.core.logging import configure_logging
from app.core.metrics import MetricsMiddleware, process_ended
from app.core.middleware import BodyLimitMiddleware, RequestContextMiddleware
from app.core.openapi import build_openapi, operation_id
from app.core.public_documents import PublicDocumentsCorsMiddleware
from app.core.startup_objects import freeze_once
from app.core.uploads import start_pool as start_upload_parsers
from app.dashboard import service as dashboard_service
from app.dossier.uploads import DOSSIER_UPLOAD_PATHS, FRAMING_BYTES
from app.meldingen.runner import start_worker
from app.metrics import router as metrics_router
from app.openapi_teksten import OPERATIES
from app.openapi_voorbeelden import VOORBEELDEN
from app.organisaties import service as organisaties
from app.verbeterplan.import_rows import read_rows
from app.web.setup import install_web

DESCRIPTION = """\
De API waarmee gemeenten regie voeren op hun *verbonden partijen* (BBV, Wgr).

Meld u aan met `Authorization: Bearer <token>`. Op de demogegevens (`vpmonitor demo`) zijn
de tokens vast, bijvoorbeeld `demo-beheerder-arnhem`, `demo-regievoerder-arnhem` en
`demo-partner-de-connectie`; de README noemt ze allemaal.

Een gemeente ziet een partij alleen via een eigen deelname; een partneraccount ziet alleen
zijn eigen partij. Wat buiten uw bereik ligt, antwoordt 404. Fouten zijn
`application/problem+json`; ongeldige invoer (ook een onbekende queryparameter) is 400 met
elk fout veld in `invalidParams`. Wijzigingen vragen de `ETag` van uw laatste lezing in
`If-Match`; een PATCH is een JSON Merge Patch (`application/merge-patch+json`).
"""


# FastAPI's own OpenTelemetry is off: this service traces through app/core/tracing.py with a
# provider of its own, and otherwise asked the global providers on every request for nothing.
NATIVE_TELEMETRY_OFF: TelemetryConfig = {"tracing": False, "metrics": False, "logs": False}


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    configure_logging(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.engine = create_engine(settings)
        tracing.instrument_engine(app, app.state.engine)
        await start_upload_parsers(read_rows)  # now, not at the first upload
        app.state.sessionmaker = create_sessionmaker(app.state.engine)
        app.state.read_sessionmaker = create_read_sessionmaker(app.state.engine)
        worker = await start_worker(app) if settings.worker_in_process else None
        freeze_once()  # last: what start-up made lives as long as the process
        try:
            yield
        finally:
            if worker is not None:
                await worker.stop()
            await app.state.oidc.aclose()
            await app.state.engine.dispose()
            process_ended()
            tracing.stop(app)

    app = FastAPI(
        title="VP Monitor",
        version=__version__,
        lifespan=lifespan,
        redirect_slashes=False,
        openapi_url="/api/v1/openapi.json",
        docs_url=None,
        redoc_url=None,
        openapi_tags=TAGS,
        generate_unique_id_function=operation_id,
        telemetry=NATIVE_TELEMETRY_OFF,
    )
    app.state.settings = settings
    app.state.token_cache = token_cache.TokenCache(settings.token_cache_seconds)
    app.state.oidc = OidcState(settings, organisaties.municipality_of)
    app.state.dashboard_cache = dashboard_service.new_cache(settings.dashboard_cache_seconds)
    app.include_router(oidc_browser_router)
    app.include_router(oidc_well_known_router)
    include_api(app)
    app.include_router(metrics_router)
    register_error_handlers(app)
    install_web(app, settings)  # the pages at the site root, Swagger UI and ReDoc (app/web/)

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = build_openapi(app, settings, DESCRIPTION, OPERATIES, VOORBEELDEN)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]

    # Innermost first: the JSON encoding check, CORS, the document's CORS, HEAD as GET, the
    # body limit, the host check (or the public address), the header limit and the request
    # context (request id, headers, log line, last-resort 500).
    app.add_middleware(JsonEncodingMiddleware)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
            allow_headers=["Authorization", "Content-Type", "If-Match", "Idempotency-Key"],
            expose_headers=["API-Version", "ETag", "Location", "Retry-After", "X-Request-ID"],
        )
    app.add_middleware(PublicDocumentsCorsMiddleware)
    app.add_middleware(MetricsMiddleware)  # inside HEAD-as-GET: a HEAD counts as its GET
    app.add_middleware(HeadAsGetMiddleware)
    app.add_middleware(
        BodyLimitMiddleware,
        max_body_bytes=settings.max_body_bytes,
        larger=[(DOSSIER_UPLOAD_PATHS, settings.dossier_max_bytes + FRAMING_BYTES)],
    )
    app.add_middleware(
        HostMiddleware, public_url=settings.public_url, allowed_hosts=settings.allowed_hosts
    )
    app.add_middleware(HeaderLimitMiddleware, limits=HeaderLimits.of(settings))
    app.add_middleware(RequestContextMiddleware, api_version=__version__)
    tracing.install(app)  # outermost: the server span covers every middleware
    return app

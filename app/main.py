"""The application factory."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from starlette.middleware.cors import CORSMiddleware

from app import __version__
from app.api import TAGS, api_router
from app.auth import token_cache
from app.auth.oidc.browser import router as oidc_browser_router
from app.auth.oidc.state import OidcState
from app.auth.oidc.well_known import router as oidc_well_known_router
from app.config import Settings, get_settings
from app.core.db import create_engine, create_read_sessionmaker, create_sessionmaker
from app.core.error_handlers import register_error_handlers
from app.core.logging import configure_logging
from app.core.middleware import BodyLimitMiddleware, RequestContextMiddleware
from app.core.openapi import build_openapi, operation_id
from app.dashboard import service as dashboard_service
from app.meldingen.runner import start_worker
from app.organisaties import service as organisaties
from app.web.setup import install_web

DESCRIPTION = """\
The API with which Dutch municipalities direct their *verbonden partijen* (BBV, Wgr).

Authenticate with `Authorization: Bearer <token>`. On demo data (`vpmonitor demo`) the
tokens are fixed, e.g. `demo-beheerder-arnhem`, `demo-regievoerder-arnhem`,
`demo-partner-de-connectie`; see the README for all of them.

A municipality sees a party only through a participation of its own; a partner account sees
only its own party. Objects outside your reach answer 404. Errors are
`application/problem+json`; invalid input is 400 with every bad field in `invalidParams`.
"""


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    configure_logging(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.engine = create_engine(settings)
        app.state.sessionmaker = create_sessionmaker(app.state.engine)
        app.state.read_sessionmaker = create_read_sessionmaker(app.state.engine)
        worker = await start_worker(app) if settings.worker_in_process else None
        try:
            yield
        finally:
            if worker is not None:
                await worker.stop()
            await app.state.oidc.aclose()
            await app.state.engine.dispose()

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
    )
    app.state.settings = settings
    app.state.token_cache = token_cache.TokenCache(settings.token_cache_seconds)
    app.state.oidc = OidcState(settings, organisaties.municipality_of)
    app.state.dashboard_cache = dashboard_service.new_cache(settings.dashboard_cache_seconds)
    app.include_router(oidc_browser_router)
    app.include_router(oidc_well_known_router)
    app.include_router(api_router)
    register_error_handlers(app)
    install_web(app, settings)  # the pages at the site root, Swagger UI and ReDoc (app/web/)

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = build_openapi(app, settings, DESCRIPTION)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]

    # Innermost first: CORS inside the body limit and the request context (request id,
    # headers, log line, last-resort 500).
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
            allow_headers=["Authorization", "Content-Type", "If-Match", "Idempotency-Key"],
            expose_headers=["API-Version", "ETag", "Location", "Retry-After", "X-Request-ID"],
        )
    app.add_middleware(BodyLimitMiddleware, max_body_bytes=settings.max_body_bytes)
    app.add_middleware(RequestContextMiddleware, api_version=__version__)
    return app

"""The service's own resources: landing page, link index and health."""

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from app import __version__
from app.core.db import database_is_up
from app.core.errors import ServiceUnavailable
from app.core.schemas import ApiModel

router = APIRouter(tags=["Service"])
landing = APIRouter(include_in_schema=False)


class Gezondheid(ApiModel):
    status: str
    database: str


LANDING_PAGE = """<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>VP Monitor</title>
<style>body{{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto}}</style>
</head><body>
<h1>VP Monitor</h1>
<p>De API waarmee gemeenten regie voeren op hun verbonden partijen. Versie {version}.</p>
<ul>
<li><a href="/api/v1/docs">Interactieve documentatie</a></li>
<li><a href="/api/v1/openapi.json">OpenAPI-specificatie</a></li>
<li><a href="/api/v1/health">Gezondheid</a></li>
</ul></body></html>"""


@landing.get("/", response_class=HTMLResponse)
async def landing_page() -> str:
    return LANDING_PAGE.format(version=__version__)


async def get_api_index(request: Request) -> dict[str, Any]:
    """The links to start from."""
    base = str(request.url).rstrip("/")
    return {
        "naam": "VP Monitor",
        "versie": __version__,
        "_links": {
            "self": {"href": base},
            "openapi": {"href": f"{base}/openapi.json"},
            "documentatie": {"href": f"{base}/docs"},
            "gezondheid": {"href": f"{base}/health"},
            "gebruikersprofiel": {"href": f"{base}/gebruikersprofiel"},
            "verbondenPartijen": {"href": f"{base}/verbonden-partijen"},
        },
    }


@router.get("/health", response_model=Gezondheid)
async def get_health(request: Request) -> Gezondheid:
    """Up when the database answers; 503 with Retry-After when it does not."""
    settings = request.app.state.settings
    if not await database_is_up(request.app.state.engine, settings.db_connect_timeout_seconds + 1):
        raise ServiceUnavailable("The database is unreachable.", settings.retry_after_seconds)
    return Gezondheid(status="ok", database="ok")

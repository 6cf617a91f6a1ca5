"""The service's own resources: link index and health (the site root is the web pages)."""

from typing import Any

from fastapi import APIRouter, Request
from pydantic import Field

from app import __version__
from app.core.db import database_is_up
from app.core.errors import ServiceUnavailable
from app.core.schemas import ApiModel

router = APIRouter(tags=["Service"])


class Gezondheid(ApiModel):
    status: str = Field(description="`ok` als de dienst werkt.")
    database: str = Field(description="`ok` als de database bereikbaar is.")


async def get_api_index(request: Request) -> dict[str, Any]:
    """The links to start from, as plain URLs like every collection's `_links` (API.md)."""
    base = str(request.url).rstrip("/")
    return {
        "naam": "VP Monitor",
        "versie": __version__,
        "_links": {
            "self": base,
            "openapi": f"{base}/openapi.json",
            "documentatie": f"{base}/docs",
            "referentie": f"{base}/redoc",
            "gezondheid": f"{base}/health",
            "gebruikersprofiel": f"{base}/gebruikersprofiel",
            "verbondenPartijen": f"{base}/verbonden-partijen",
        },
    }


@router.get("/health", response_model=Gezondheid)
async def get_health(request: Request) -> Gezondheid:
    """Up when the database answers; 503 with Retry-After when it does not."""
    settings = request.app.state.settings
    if not await database_is_up(request.app.state.engine, settings.db_connect_timeout_seconds + 1):
        raise ServiceUnavailable("The database is unreachable.", settings.retry_after_seconds)
    return Gezondheid(status="ok", database="ok")

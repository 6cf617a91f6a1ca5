"""Swagger UI and ReDoc for the API, from the service's own static files (no CDN): they work
behind a firewall that blocks CDNs, and the CSP allows scripts from this service only."""

from fastapi import APIRouter, Request
from starlette.responses import Response

from app.web.rendering import render

router = APIRouter(prefix="/api/v1", include_in_schema=False)
OPENAPI_URL = "/api/v1/openapi.json"


@router.get("/docs")
async def swagger_ui(request: Request) -> Response:
    """Swagger UI: try the API with a token (Authorize)."""
    return render(request, "apidocs/swagger.html", {"openapi_url": OPENAPI_URL})


@router.get("/redoc")
async def redoc(request: Request) -> Response:
    """ReDoc: the API reference to read."""
    return render(request, "apidocs/redoc.html", {"openapi_url": OPENAPI_URL})

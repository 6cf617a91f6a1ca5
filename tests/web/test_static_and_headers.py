"""Static files are the service's own, versioned and cacheable; pages and API keep their own
headers; the API documentation loads nothing from another host."""

import re

import httpx
from fastapi import FastAPI

from tests.web.pages import signed_in

ASSET = re.compile(r'(?:href|src)="(/static/[0-9a-f]{12}/[^"]+)"')


async def test_static_files_are_versioned_and_cached_for_a_year(web: httpx.AsyncClient) -> None:
    page = await web.get("/inloggen")
    assets = ASSET.findall(page.text)

    assert any(asset.endswith("component-library.css") for asset in assets)
    for asset in assets:
        response = await web.get(asset)
        assert response.status_code == 200, asset
        assert response.headers["cache-control"] == "public, max-age=31536000, immutable"


async def test_a_static_file_of_another_version_is_not_found(
    web: httpx.AsyncClient, web_app: FastAPI
) -> None:
    current = web_app.state.web.assets.url("vpm.css")

    response = await web.get(current.replace(web_app.state.web.assets.digest, "0" * 12))

    assert response.status_code == 404


async def test_pages_and_api_responses_are_never_stored(web: httpx.AsyncClient) -> None:
    page = await signed_in(web, "mt-arnhem")
    api = await web.get("/api/v1/health")

    assert page.headers["cache-control"] == "no-store"
    assert api.headers["cache-control"] == "no-store"


async def test_pages_allow_scripts_and_styles_from_the_service_only(
    web: httpx.AsyncClient,
) -> None:
    page = await signed_in(web, "mt-arnhem")

    policy = page.headers["content-security-policy"]
    assert "script-src 'self';" in policy
    assert "style-src 'self';" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    assert "<script>" not in page.text
    assert " style=" not in page.text


async def test_the_api_docs_come_from_the_services_own_files(web: httpx.AsyncClient) -> None:
    for path in ("/api/v1/docs", "/api/v1/redoc"):
        response = await web.get(path)
        policy = response.headers["content-security-policy"]

        assert response.status_code == 200
        assert "script-src 'self';" in policy
        assert "http://" not in policy
        assert "https://" not in policy
        assert not re.search(r'(?:src|href)="(?:https?:)?//', response.text)
        assert "<script>" not in response.text


async def test_an_unknown_page_is_a_404_page_and_an_unknown_api_path_a_problem(
    web: httpx.AsyncClient,
) -> None:
    page = await web.get("/bestaat-niet")
    api = await web.get("/api/v1/bestaat-niet")

    assert page.status_code == 404
    assert page.headers["content-type"].startswith("text/html")
    assert '<html lang="nl"' in page.text
    assert api.status_code == 404
    assert api.headers["content-type"] == "application/problem+json"


async def test_pages_are_not_in_the_openapi_document(web: httpx.AsyncClient) -> None:
    document = (await web.get("/api/v1/openapi.json")).json()

    assert not any(
        path.startswith(("/inloggen", "/uitloggen", "/partner", "/overzicht", "/static"))
        for path in document["paths"]
    )

"""Steps a person takes in the pages, over HTTP (no browser)."""

import re

import httpx
from starlette.requests import Request

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_of(html: str) -> str:
    """The CSRF token the page's forms carry."""
    found = CSRF.search(html)
    assert found, "the page has no form with a CSRF token"
    return found.group(1)


async def sign_in(
    web: httpx.AsyncClient, token: str, volgende: str | None = None
) -> httpx.Response:
    """Press the demo button of `demo-<token>` on /inloggen; the redirect is not followed."""
    page = await web.get("/inloggen", params={"volgende": volgende} if volgende else None)
    form = {"csrf_token": csrf_of(page.text), "account": f"demo-{token}"}
    if volgende:
        form["volgende"] = volgende
    return await web.post("/inloggen/demo", data=form)


async def signed_in(web: httpx.AsyncClient, token: str) -> httpx.Response:
    """Signed in as `demo-<token>`, on the start page."""
    response = await sign_in(web, token)
    assert response.status_code == 303, response.text
    return await web.get(response.headers["location"])


async def sign_out(web: httpx.AsyncClient) -> httpx.Response:
    page = await web.get("/uitloggen")
    return await web.post("/uitloggen", data={"csrf_token": csrf_of(page.text)})


def with_cookies(web: httpx.AsyncClient) -> Request:
    """A request that carries the browser's cookies, for reading them as the app does."""
    header = "; ".join(f"{name}={value}" for name, value in web.cookies.items())
    return Request({"type": "http", "headers": [(b"cookie", header.encode())]})

"""Every page route, whatever area added it: a form that changes something is refused
without the session's CSRF token, and a page asked without a session sends the browser to
sign in (or is one of the few pages for everyone)."""

import re
import uuid

import httpx
import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute

from app.web.pages import ROUTERS
from tests.web.pages import signed_in

PUBLIC = {  # pages without a session
    "/inloggen",
    "/uitloggen",
    "/uitloggen/organisatie",
    "/uitloggen/organisatie/verder",
    "/api/v1/docs",
    "/api/v1/redoc",
}
PARAMETER = re.compile(r"\{[^}]+\}")


def page_routes(method: str) -> list[str]:
    return sorted(
        {
            route.path
            for router in ROUTERS
            for route in router.routes
            if isinstance(route, APIRoute) and method in (route.methods or ())
        }
    )


def concrete(path: str) -> str:
    return PARAMETER.sub(str(uuid.uuid4()), path)


@pytest.mark.parametrize("path", page_routes("POST"))
async def test_a_form_without_the_csrf_token_is_refused(
    web: httpx.AsyncClient, web_app: FastAPI, path: str
) -> None:
    await signed_in(web, "beheerder-arnhem")

    response = await web.post(concrete(path), data={"naam": "x"})

    assert response.status_code == 403
    assert "Dit mag u niet doen" in response.text


@pytest.mark.parametrize("path", [p for p in page_routes("GET") if p not in PUBLIC])
async def test_a_page_without_a_session_sends_the_browser_to_sign_in(
    web: httpx.AsyncClient, path: str
) -> None:
    response = await web.get(concrete(path))

    assert response.status_code == 303
    assert response.headers["location"].startswith("/inloggen?volgende=")

"""Puts the web pages into the app: state, page routers, static files, the 404 page."""

import structlog
from fastapi import FastAPI, Request
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response
from starlette.routing import compile_path

from app.config import Settings
from app.web.pages import MENU, ROUTERS
from app.web.rendering import template_environment
from app.web.routing import error_page
from app.web.session.cookies import Cookies, session_secret
from app.web.session.service import SessiePolicy
from app.web.sign_in import start_browser_session
from app.web.state import WebState
from app.web.static_files import PREFIX, StaticAssets
from app.web.views.gedeeld import SharedPartsCache

log = structlog.get_logger("vpmonitor.web")


def install_web(app: FastAPI, settings: Settings) -> None:
    """The pages at the site root beside /api/v1; call after the error handlers are set."""
    assets = StaticAssets()
    secure = (settings.public_url or "").startswith("https://")
    app.state.web = WebState(
        settings=settings,
        cookies=Cookies(session_secret(settings), always_secure=secure),
        policy=SessiePolicy.of(settings),
        assets=assets,
        templates=template_environment(assets),
        menu=MENU,
        gedeeld=SharedPartsCache(settings.dashboard_cache_seconds),
    )
    for router in ROUTERS:
        app.include_router(router)
        app.state.web.page_patterns += [
            compile_path(route.path)[0]
            for route in router.routes
            if isinstance(route, APIRoute) and "GET" in (route.methods or ())
        ]
    app.state.web.templates.globals["page_exists"] = app.state.web.page_exists
    # How a sign-in route below the pages (app/auth/oidc/browser.py) starts a session.
    app.state.begin_browser_session = start_browser_session
    app.mount(assets.mount_path, assets.app(), name="static")
    _pages_get_a_404_page(app)
    if settings.demo_aanmelden:
        log.warning(
            "demo_sign_in_on",
            detail="VPM_DEMO_AANMELDEN is on: /inloggen lets anyone sign in as the demo "
            "accounts. Never on a service with real data.",
        )


def _pages_get_a_404_page(app: FastAPI) -> None:
    """A path outside the API and the static files that does not exist answers with the 404
    page; the API keeps its problem+json."""
    problem_handler = app.exception_handlers[StarletteHTTPException]

    async def http_error(request: Request, exc: Exception) -> Response:
        path = request.url.path
        is_page = not path.startswith(("/api/", PREFIX + "/"))
        if is_page and isinstance(exc, StarletteHTTPException) and exc.status_code == 404:
            return error_page(request, 404)
        response = problem_handler(request, exc)
        return await response if not isinstance(response, Response) else response

    app.add_exception_handler(StarletteHTTPException, http_error)

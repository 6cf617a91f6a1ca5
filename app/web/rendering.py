"""The one place that renders a page: a template with what every page shows (who is signed
in, the menu, a one-time message, the CSRF token), as an HTML response."""

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse

from app import __version__
from app.web import urls
from app.web.formatting import FILTERS
from app.web.navigation import menu_for
from app.web.session.service import Aangemeld
from app.web.state import web_state
from app.web.static_files import StaticAssets
from app.web.views import labels

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"


def template_environment(assets: StaticAssets) -> Environment:
    """Jinja2 with autoescaping on, and a missing variable an error rather than empty text."""
    environment = Environment(
        loader=FileSystemLoader(TEMPLATES_DIR),
        autoescape=select_autoescape(default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters.update(FILTERS)
    environment.globals.update(static=assets.url, urls=urls, labels=labels, versie=__version__)
    return environment


def signed_in(request: Request) -> Aangemeld | None:
    """The session of this request, once a page dependency found one."""
    found = getattr(request.state, "aangemeld", None)
    return found if isinstance(found, Aangemeld) else None


def csrf_token(request: Request) -> str | None:
    """The token the forms of this page carry: the session's, or before sign-in the sign-in
    form's (set by that page)."""
    aangemeld = signed_in(request)
    if aangemeld is not None:
        return aangemeld.csrf_token
    token = getattr(request.state, "sign_in_token", None)
    return token if isinstance(token, str) else None


def render(
    request: Request,
    template: str,
    context: Mapping[str, Any] | None = None,
    *,
    status_code: int = 200,
) -> HTMLResponse:
    """The page `template` for whoever is signed in (or nobody), as HTML."""
    web = web_state(request)
    aangemeld = signed_in(request)
    melding = web.cookies.melding(request)
    rol = aangemeld.principal.rol if aangemeld else None
    body = web.templates.get_template(template).render(
        {
            **(context or {}),
            "aangemeld": aangemeld,
            "menu": menu_for(web.menu, rol, request.url.path),
            "melding": melding,
            "csrf_token": csrf_token(request),
            "huidig_pad": request.url.path,
        }
    )
    response = HTMLResponse(body, status_code=status_code)
    web.cookies.clear_melding(request, response)
    return response

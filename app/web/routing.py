"""Page routes: errors become pages, not problem+json.

Every page area makes its router with `page_router()`: hidden from the OpenAPI document,
the CSRF check on every unsafe method, and `PageRoute`, which turns what a route or its
dependencies raise into the page a person should see (sign-in redirect, 403, 404, 400 …).
"""

from collections.abc import Callable, Coroutine
from http import HTTPStatus
from typing import Any

import structlog
from fastapi import APIRouter, Depends, Request
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from sqlalchemy.orm.exc import StaleDataError
from starlette.responses import RedirectResponse, Response

from app.core.errors import AppError
from app.web import urls
from app.web.dependencies import CsrfRefused, SignInRequired, check_csrf
from app.web.rendering import render

log = structlog.get_logger("vpmonitor.web")

TITLES = {
    400: "De invoer klopt niet",
    401: "U bent niet aangemeld",
    403: "Dit mag u niet doen",
    404: "Pagina niet gevonden",
    405: "Dit kan hier niet",
    409: "Dit botst met een andere wijziging",
    412: "Iemand anders heeft dit intussen gewijzigd",
    413: "Het bestand is te groot",
    429: "Even wachten",
    503: "De dienst is even niet beschikbaar",
}
EXPLANATIONS = {
    400: "Controleer wat u invulde en probeer het opnieuw.",
    403: "Uw formulier was verlopen of kwam niet van deze site. Ga terug, laad de pagina "
    "opnieuw en probeer het nog eens.",
    404: "Deze pagina bestaat niet, of u hebt er geen toegang toe.",
    409: "Laad de pagina opnieuw en probeer het nog eens.",
    412: "Laad de pagina opnieuw, bekijk de wijziging en probeer het nog eens.",
    429: "U stuurde in korte tijd te veel. Wacht even en probeer het dan opnieuw.",
}


def error_page(request: Request, status: int, uitleg: str | None = None) -> Response:
    """The page for an error status, in Dutch. The services' own texts (English, for API
    clients) are not shown; a page that can say more in Dutch passes `uitleg`."""
    title = TITLES.get(status, HTTPStatus(status).phrase)
    explanation = uitleg or EXPLANATIONS.get(status)
    context = {"titel": title, "uitleg": explanation, "status": status}
    return render(request, "fout.html", context, status_code=status)


def sign_in_redirect(volgende: str) -> RedirectResponse:
    return RedirectResponse(urls.inloggen(volgende=volgende), status_code=303)


class PageRoute(APIRoute):
    """A route whose errors are pages."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def page_handler(request: Request) -> Response:
            try:
                return await handler(request)
            except SignInRequired as exc:
                return sign_in_redirect(exc.volgende)
            except CsrfRefused:
                log.warning("csrf_refused", path=request.url.path)
                return error_page(request, 403)
            except AppError as exc:
                page = error_page(request, exc.status)
                page.headers.update(exc.headers)  # Retry-After of a 429 or 503
                return page
            except RequestValidationError:
                return error_page(request, 400, "Een of meer waarden in het adres kloppen niet.")
            except StaleDataError:
                return error_page(request, 412)

        return page_handler


def page_router() -> APIRouter:
    """A router for one page area."""
    return APIRouter(
        route_class=PageRoute, include_in_schema=False, dependencies=[Depends(check_csrf)]
    )

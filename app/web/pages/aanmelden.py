"""Signing in and out: /inloggen (with the demo sign-in when it is on) and /uitloggen."""

import secrets
from itertools import groupby
from typing import Annotated
from urllib.parse import urlencode

from fastapi import Form, Query, Request
from starlette.responses import RedirectResponse, Response

from app.auth.oidc.api_tokens import oidc_of
from app.auth.oidc.browser import START_PATH
from app.core.db import DbSession
from app.core.errors import NotFound
from app.web import issuer_sign_out, urls
from app.web.dependencies import OptionalSession
from app.web.forms import FieldError, local_path
from app.web.rendering import render
from app.web.routing import page_router
from app.web.sign_in import (
    DemoKeuze,
    begin_browser_session,
    demo_account,
    demo_choices,
    end_browser_session,
    home_of,
)
from app.web.state import web_state

router = page_router()
ORGANISATIE_AFMELDEN = "/uitloggen/organisatie"
ORGANISATIE_AFMELDEN_VERDER = "/uitloggen/organisatie/verder"

Volgende = Annotated[str | None, Query(max_length=2000)]


def _groups(choices: list[DemoKeuze]) -> list[tuple[str, list[DemoKeuze]]]:
    """The demo accounts per municipality, partners last."""

    def key(choice: DemoKeuze) -> str:
        return choice.account.gemeente_naam or "Verbonden partijen"

    return [(name, list(items)) for name, items in groupby(choices, key)]


def _issuer_sign_in(issuer: str, volgende: str | None) -> str:
    """The link that starts the sign-in at this issuer (a link, not a form: the pages' CSP
    `form-action 'self'` would stop the redirect to the provider after a form)."""
    terug = local_path(volgende, "")
    return f"{START_PATH}?{urlencode({'uitgever': issuer, **({'terug': terug} if terug else {})})}"


async def _sign_in_page(
    request: Request,
    session: DbSession,
    volgende: str | None,
    errors: list[FieldError] | None = None,
) -> Response:
    web = web_state(request)
    token = None
    if getattr(request.state, "aangemeld", None) is None:
        token = web.cookies.sign_in_token(request) or secrets.token_urlsafe(32)
        request.state.sign_in_token = token
    choices = await demo_choices(session) if web.settings.demo_aanmelden else []
    uitgevers = await oidc_of(request).issuers.all(session)
    context = {
        "uitgevers": [(_issuer_sign_in(u.issuer, volgende), u.naam) for u in uitgevers],
        "volgende": local_path(volgende, ""),
        "demo": web.settings.demo_aanmelden,
        "demo_groepen": _groups(choices),
        "fouten": errors or [],
    }
    response = render(
        request, "aanmelden/inloggen.html", context, status_code=400 if errors else 200
    )
    if token is not None:
        web.cookies.set_sign_in_token(request, response, token)
    return response


@router.get("/inloggen")
async def inloggen(
    request: Request, session: DbSession, aangemeld: OptionalSession, volgende: Volgende = None
) -> Response:
    """The organisation's sign-in; with VPM_DEMO_AANMELDEN a button per demo account."""
    return await _sign_in_page(request, session, volgende)


@router.post("/inloggen/demo")
async def inloggen_demo(
    request: Request,
    session: DbSession,
    aangemeld: OptionalSession,
    account: Annotated[str, Form(max_length=100)],
    volgende: Annotated[str | None, Form(max_length=2000)] = None,
) -> Response:
    """Sign in as one of the demo accounts (only while the demo sign-in is on)."""
    if not web_state(request).settings.demo_aanmelden:
        raise NotFound("page")
    gebruiker_id = await demo_account(session, account)
    if gebruiker_id is None:
        error = FieldError("account", "Dit demo-account bestaat niet (meer) of is uitgeschakeld.")
        return await _sign_in_page(request, session, volgende, [error])
    return await begin_browser_session(
        request, session, gebruiker_id, volgende=volgende, via="demo"
    )


@router.get("/uitloggen")
async def uitloggen_pagina(request: Request, aangemeld: OptionalSession) -> Response:
    """A button to sign out (signing out changes something, so it is a form)."""
    if aangemeld is None:
        return RedirectResponse(urls.inloggen(), status_code=303)
    return render(request, "aanmelden/uitloggen.html", {"start": home_of(aangemeld.principal)})


@router.post("/uitloggen")
async def uitloggen(request: Request, session: DbSession) -> Response:
    """End the session server-side and clear the cookie; after a sign-in with an identity
    provider that offers it, go on to sign out there too (app/web/issuer_sign_out.py)."""
    response, ended = await end_browser_session(request, session)
    if ended is None or not ended.oidc_uitgever or not ended.oidc_id_token_hint:
        return response
    if await issuer_sign_out.end_session_endpoint(request, ended.oidc_uitgever) is None:
        return response
    response.headers["location"] = ORGANISATIE_AFMELDEN
    web_state(request).cookies.leave_issuer_sign_out(
        request, response, ended.oidc_uitgever, ended.oidc_id_token_hint
    )
    return response


@router.get(ORGANISATIE_AFMELDEN)
async def uitloggen_organisatie(request: Request) -> Response:
    """Signed out here; on to the identity provider (a link, followed by a script at once)."""
    if web_state(request).cookies.issuer_sign_out(request) is None:
        return RedirectResponse(urls.inloggen(), status_code=303)
    return render(
        request, "aanmelden/uitloggen_organisatie.html", {"verder": ORGANISATIE_AFMELDEN_VERDER}
    )


@router.get(ORGANISATIE_AFMELDEN_VERDER)
async def uitloggen_organisatie_verder(request: Request) -> Response:
    """To the identity provider's logout, with the ID token as hint, once."""
    cookies = web_state(request).cookies
    pending = cookies.issuer_sign_out(request)
    target = None
    if pending is not None:
        target = await issuer_sign_out.logout_url(request, *pending)
    response = RedirectResponse(target or urls.inloggen(), status_code=303)
    cookies.clear_issuer_sign_out(request, response)
    return response

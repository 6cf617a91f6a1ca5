"""Signing in and out: /inloggen (with the demo sign-in when it is on) and /uitloggen."""

import secrets
from itertools import groupby
from typing import Annotated

from fastapi import Form, Query, Request
from starlette.responses import RedirectResponse, Response

from app.core.db import DbSession
from app.core.errors import NotFound
from app.web import urls
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

Volgende = Annotated[str | None, Query(max_length=2000)]


def _groups(choices: list[DemoKeuze]) -> list[tuple[str, list[DemoKeuze]]]:
    """The demo accounts per municipality, partners last."""

    def key(choice: DemoKeuze) -> str:
        return choice.account.gemeente_naam or "Verbonden partijen"

    return [(name, list(items)) for name, items in groupby(choices, key)]


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
    context = {
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
    """End the session server-side and clear the cookie."""
    response, _ = await end_browser_session(request, session)
    return response

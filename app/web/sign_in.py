"""Signing a browser in and out: the functions the sign-in routes call (the demo sign-in
here, the OIDC callback in its own module). docs/web.md describes them."""

import uuid
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import Request
from starlette.responses import RedirectResponse

from app.auth.principal import Principal
from app.auth.tokens import hash_secret
from app.core.db import utcnow
from app.demo.accounts import DEMO_ACCOUNTS, DemoAccount
from app.web import urls
from app.web.forms import local_path
from app.web.session import repository, service
from app.web.session.cookies import Melding
from app.web.session.models import WebSessie
from app.web.state import web_state


def home_of(principal: Principal) -> str:
    """Where a person starts: a partner on its party's page, the others on the overview."""
    return urls.partner() if principal.is_partner else urls.overzicht()


async def begin_browser_session(
    request: Request,
    session: AsyncSession,
    gebruiker_id: uuid.UUID,
    *,
    volgende: str | None = None,
    via: str = "oidc",
    oidc_uitgever: str | None = None,
    oidc_id_token_hint: str | None = None,
) -> RedirectResponse:
    """Sign this browser in as the (active) account: a new session (any session the browser
    had is ended first, so a session id never survives a sign-in), its cookie, and a redirect
    to `volgende` when that is a path on this site, else to the account's start page.
    Raises NotFound when the account does not exist or is deactivated. The caller's
    transaction (the request's `DbSession`) holds the session row and its audit event."""
    web = web_state(request)
    await _end_current(request, session)
    aangemeld, key = await service.begin(
        session,
        gebruiker_id,
        utcnow(),
        web.policy,
        via=via,
        oidc_uitgever=oidc_uitgever,
        oidc_id_token_hint=oidc_id_token_hint,
    )
    target = local_path(volgende, home_of(aangemeld.principal))
    response = RedirectResponse(target, status_code=303)
    web.cookies.set_session(request, response, key)
    return response


async def start_browser_session(
    request: Request,
    gebruiker_id: uuid.UUID,
    *,
    volgende: str | None = None,
    via: str = "oidc",
    oidc_uitgever: str | None = None,
    oidc_id_token_hint: str | None = None,
) -> RedirectResponse:
    """`begin_browser_session` in a transaction of its own, for a route without a `DbSession`
    (the OIDC callback, a GET that writes). The app offers it as
    `request.app.state.begin_browser_session`, so that app/auth need not import the pages."""
    async with request.app.state.sessionmaker() as session:
        response = await begin_browser_session(
            request,
            session,
            gebruiker_id,
            volgende=volgende,
            via=via,
            oidc_uitgever=oidc_uitgever,
            oidc_id_token_hint=oidc_id_token_hint,
        )
        await session.commit()
    return response


async def end_browser_session(
    request: Request, session: AsyncSession, target: str | None = None
) -> tuple[RedirectResponse, WebSessie | None]:
    """Sign this browser out: its session is deleted server-side and its cookie cleared; the
    redirect goes to `target` (default the sign-in page, with a message). Returns the ended
    session too (its `oidc_uitgever` and `oidc_id_token_hint` for RP-initiated logout)."""
    web = web_state(request)
    ended = await _end_current(request, session)
    response = RedirectResponse(target or urls.inloggen(), status_code=303)
    web.cookies.clear_session(request, response)
    web.cookies.leave_melding(request, response, Melding("U bent afgemeld.", "info"))
    return response, ended


async def _end_current(request: Request, session: AsyncSession) -> WebSessie | None:
    web = web_state(request)
    key = web.cookies.session_key(request)
    if key is None:
        return None
    current = await service.signed_in(session, key, utcnow(), web.policy)
    return None if current is None else await service.end(session, current)


@dataclass(frozen=True)
class DemoKeuze:
    """A demo account a person may sign in as (its fixed token still valid)."""

    account: DemoAccount
    gebruiker_id: uuid.UUID


async def demo_choices(session: AsyncSession) -> list[DemoKeuze]:
    """The demo accounts of `vpmonitor demo` whose fixed token is still valid, in the order of
    API.md. Recognised by their fixed tokens: whoever knows one (they are published) can act
    as that account through the API anyway, and a beheerder who revokes a demo token or
    deactivates a demo account takes it off this list; no other account can be reached."""
    by_hash = {hash_secret(account.token): account for account in DEMO_ACCOUNTS}
    found = await repository.accounts_with_valid_tokens(session, by_hash.keys(), utcnow())
    return [DemoKeuze(account, found[h]) for h, account in by_hash.items() if h in found]


async def demo_account(session: AsyncSession, token_name: str) -> uuid.UUID | None:
    """The account behind a demo token name (`demo-regievoerder-arnhem`), if it is one of
    the demo accounts and its token is valid."""
    for choice in await demo_choices(session):
        if choice.account.token == token_name:
            return choice.gebruiker_id
    return None

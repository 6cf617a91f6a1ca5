"""What a page route declares: who is signed in (or a redirect to sign in), their role,
and the CSRF check of every form that changes something."""

import hmac
from collections.abc import Awaitable, Callable
from typing import Annotated

import structlog
from fastapi import Depends, Request

from app.auth.principal import Principal
from app.auth.rate_limits import PARTNER_PUSH, charge, partner_push_limit
from app.auth.roles import MUNICIPAL_ROLES, Rol
from app.core.db import READ_METHODS, DbSession, utcnow
from app.core.errors import NotFound
from app.web.session import service
from app.web.session.service import Aangemeld
from app.web.state import web_state

CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"


class SignInRequired(Exception):
    """No live session: the page sends the browser to /inloggen and back afterwards."""

    def __init__(self, volgende: str) -> None:
        super().__init__(volgende)
        self.volgende = volgende


class CsrfRefused(Exception):
    """A form that changes something came without this session's CSRF token."""


async def optional_session(request: Request, session: DbSession) -> Aangemeld | None:
    """The browser's live session, if its cookie names one; activity is noted at most once
    a minute (service.TOUCH_INTERVAL)."""
    web = web_state(request)
    key = web.cookies.session_key(request)
    if key is None:
        return None
    now = utcnow()
    aangemeld = await service.signed_in(session, key, now, web.policy)
    if aangemeld is None:
        return None
    if now >= aangemeld.needs_touch_at:
        read_only = request.method in READ_METHODS
        await service.touch(
            request.app.state.sessionmaker if read_only else session, aangemeld.sessie_id, now
        )
    request.state.aangemeld = aangemeld
    structlog.contextvars.bind_contextvars(gebruiker_id=str(aangemeld.principal.gebruiker_id))
    return aangemeld


OptionalSession = Annotated[Aangemeld | None, Depends(optional_session)]


def _here(request: Request) -> str:
    query = request.url.query
    return f"{request.url.path}?{query}" if query else request.url.path


async def signed_in_session(request: Request, aangemeld: OptionalSession) -> Aangemeld:
    """The live session, or off to /inloggen (and back here after signing in)."""
    if aangemeld is None:
        raise SignInRequired(_here(request) if request.method in READ_METHODS else "/")
    return aangemeld


SignedIn = Annotated[Aangemeld, Depends(signed_in_session)]


def page_for(*roles: Rol) -> Callable[[Aangemeld], Awaitable[Principal]]:
    """The signed-in principal when its role may use the page; the page does not exist for
    the other roles (404, as the API answers for what a caller may not see)."""
    allowed = frozenset(roles)

    async def check(aangemeld: SignedIn) -> Principal:
        if aangemeld.principal.rol not in allowed:
            raise NotFound("page")
        return aangemeld.principal

    return check


# The role sets of the pages, declared once (as the operations' in app/auth/dependencies.py):
# a page takes the alias of who may open it.
BeheerderPage = Annotated[Principal, Depends(page_for(Rol.BEHEERDER))]
RegievoerderPage = Annotated[Principal, Depends(page_for(Rol.REGIEVOERDER))]
MtPage = Annotated[Principal, Depends(page_for(Rol.MT))]
PartnerPage = Annotated[Principal, Depends(page_for(Rol.PARTNER))]
# The four municipal roles: read what the municipality may see.
MunicipalPage = Annotated[Principal, Depends(page_for(*MUNICIPAL_ROLES))]
# Who directs a party: its municipality's beheerder or an assigned regievoerder.
DirectorPage = Annotated[Principal, Depends(page_for(Rol.BEHEERDER, Rol.REGIEVOERDER))]
# Who reads the municipality's management documents (the MT report), as the API.
ManagementReaderPage = Annotated[Principal, Depends(page_for(Rol.MT, Rol.BEHEERDER, Rol.LEZER))]
# Who opens and closes the half-year rounds.
RoundManagerPage = Annotated[Principal, Depends(page_for(Rol.MT, Rol.BEHEERDER))]


async def partner_page_push_limit(request: Request, principal: PartnerPage) -> None:
    """A partner's delivery from a page counts against `VPM_PARTNER_PUSH_LIMIT` as its pushes
    through the API do: per window, per account (a page session has no token)."""
    await charge(request, principal, PARTNER_PUSH, partner_push_limit(request.app.state.settings))


PartnerPagePushLimit = Annotated[None, Depends(partner_page_push_limit)]


async def check_csrf(request: Request, aangemeld: OptionalSession) -> None:
    """Every unsafe request to a page carries the session's token (form field `csrf_token`
    or header X-CSRF-Token); before sign-in, the sign-in form's token from its cookie."""
    if request.method in READ_METHODS or request.method == "OPTIONS":
        return
    expected = (
        aangemeld.csrf_token if aangemeld else web_state(request).cookies.sign_in_token(request)
    )
    sent = request.headers.get(CSRF_HEADER)
    if sent is None:
        form = await request.form()
        field = form.get(CSRF_FIELD)
        sent = field if isinstance(field, str) else None
    if not expected or not sent or not hmac.compare_digest(sent.encode(), expected.encode()):
        raise CsrfRefused()

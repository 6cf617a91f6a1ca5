"""Browser sign-in with the municipality's identity provider: `GET /inloggen/oidc` sends the
browser to the issuer, `GET /inloggen/oidc/terugkeer` is where it comes back.

These GETs write (the pending sign-in is kept server-side and used once), so they use a
write session of their own rather than the read-only session of a GET. No token ever goes
into a URL, a log line or a page: the browser carries only `state` and the `code`.
"""

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import RedirectResponse, Response

from app.auth.oidc import accounts, flow
from app.auth.oidc.api_tokens import oidc_of, public_base
from app.auth.oidc.issuers import Uitgever
from app.auth.oidc.metadata import MetadataUnavailable
from app.auth.principal import Principal
from app.core.errors import AppError, NotFound, ServiceUnavailable

router = APIRouter(include_in_schema=False)

START_PATH = "/inloggen/oidc"
CALLBACK_PATH = "/inloggen/oidc/terugkeer"
BINDING_COOKIE = "vpm_oidc_aanmelding"


class SessionNotAvailable(AppError):
    status, title, slug = 501, "Not implemented", "browser-session-not-available"


async def begin_browser_session(
    request: Request, principal: Principal, id_token: str, issuer: str, terug: str
) -> Response:
    """Start the browser session of `principal` (the web pages' session: a signed cookie,
    the issuer and the ID token kept server-side as the hint for RP-initiated logout), and
    go on to `terug`. The pages put their session starter on the app state
    (app/web/sign_in.py `start_browser_session`); auth does not import the pages."""
    start = getattr(request.app.state, "begin_browser_session", None)
    if start is None:
        raise SessionNotAvailable(
            f"Signed in as {principal.naam}, but browser sessions are not available; "
            "use the API with a bearer token."
        )
    response: Response = await start(
        request,
        principal.account_id,
        volgende=terug,
        via="oidc",
        oidc_uitgever=issuer,
        oidc_id_token_hint=id_token,
    )
    return response


def safe_return_path(terug: str | None) -> str:
    """Only a path on this site (no `//host`, no scheme): no open redirect after sign-in."""
    if terug and terug.startswith("/") and not terug.startswith("//") and "\\" not in terug:
        return terug
    return "/"


async def _chosen_issuer(request: Request, uitgever: str | None) -> Uitgever:
    oidc = oidc_of(request)
    async with request.app.state.sessionmaker() as session:
        uitgevers = await oidc.issuers.all(session)
    if uitgever is None and len(uitgevers) == 1:
        return uitgevers[0]
    chosen = next((u for u in uitgevers if u.issuer == uitgever), None)
    if chosen is None:
        raise NotFound("identity provider")
    return chosen


@router.get(START_PATH)
async def start_sign_in(
    request: Request,
    uitgever: Annotated[str | None, Query(max_length=500)] = None,
    terug: Annotated[str | None, Query(max_length=500)] = None,
) -> Response:
    """To the identity provider (`?uitgever=<issuer>` when the service trusts several)."""
    oidc, chosen = oidc_of(request), await _chosen_issuer(request, uitgever)
    redirect_uri = public_base(request) + CALLBACK_PATH
    try:
        async with request.app.state.sessionmaker() as session:
            started = await flow.start(session, oidc, chosen, redirect_uri, safe_return_path(terug))
            await session.commit()
    except MetadataUnavailable as error:
        raise _unreachable(request) from error
    response = RedirectResponse(started.authorization_url, status_code=302)
    response.set_cookie(
        BINDING_COOKIE,
        started.browser_binding,
        max_age=oidc.settings.oidc_sign_in_seconds,
        path=START_PATH,
        secure=redirect_uri.startswith("https://"),
        httponly=True,
        samesite="lax",
    )
    return response


@router.get(CALLBACK_PATH)
async def finish_sign_in(
    request: Request,
    state: Annotated[str, Query(max_length=200)],
    code: Annotated[str | None, Query(max_length=2000)] = None,
    error: Annotated[str | None, Query(max_length=200)] = None,
) -> Response:
    """Back from the identity provider: the pending sign-in is used up whatever follows."""
    oidc = oidc_of(request)
    async with request.app.state.sessionmaker() as session:
        pending = await flow.take_pending(session, oidc, state, request.cookies.get(BINDING_COOKIE))
        await session.commit()
    if error is not None or code is None:
        raise flow.SignInFailed(f"The identity provider did not sign you in ({error}).")
    async with request.app.state.sessionmaker() as session:
        chosen = await oidc.issuers.find(session, pending.issuer)
    if chosen is None:
        raise flow.SignInFailed("This identity provider is no longer trusted.")
    redirect_uri = public_base(request) + CALLBACK_PATH
    try:
        identiteit, id_token = await flow.finish(oidc, chosen, pending, code, redirect_uri)
    except MetadataUnavailable as error:
        raise _unreachable(request) from error
    async with request.app.state.sessionmaker() as session:
        principal = await accounts.principal_for(
            session, request.app.state.sessionmaker, identiteit
        )
    response = await begin_browser_session(
        request, principal, id_token, pending.issuer, pending.terug_naar
    )
    response.delete_cookie(BINDING_COOKIE, path=START_PATH)
    return response


def _unreachable(request: Request) -> ServiceUnavailable:
    return ServiceUnavailable(
        "The identity provider cannot be reached; try again shortly.",
        request.app.state.settings.retry_after_seconds,
    )

"""The authorization code flow with PKCE, without HTTP: what goes to the issuer, what
comes back, and the checks in between (app/auth/oidc/browser.py is the HTTP side)."""

import base64
import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from urllib.parse import urlencode

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.oidc import repository
from app.auth.oidc.issuers import Uitgever
from app.auth.oidc.metadata import MetadataUnavailable
from app.auth.oidc.models import OidcAanmeldpoging
from app.auth.oidc.state import OidcState
from app.auth.oidc.validation import Identiteit, InvalidJwt, unverified_issuer, validate
from app.auth.tokens import hash_secret
from app.core.db import utcnow
from app.core.errors import AppError


class SignInFailed(AppError):
    status, title, slug = 400, "Sign-in failed", "sign-in-failed"


@dataclass(frozen=True)
class Start:
    """Where to send the browser, and the value its binding cookie must hold."""

    authorization_url: str
    browser_binding: str


def code_challenge(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


async def start(
    session: AsyncSession, oidc: OidcState, uitgever: Uitgever, redirect_uri: str, terug: str
) -> Start:
    """A pending sign-in (state, nonce, code verifier) kept server-side, and the issuer's
    authorization URL with PKCE S256; stale pending sign-ins are forgotten on the way."""
    discovery = await oidc.metadata.discovery(uitgever.issuer)
    state, nonce, binding = (secrets.token_urlsafe(32) for _ in range(3))
    verifier = secrets.token_urlsafe(64)
    lifetime = timedelta(seconds=oidc.settings.oidc_sign_in_seconds)
    await repository.forget_sign_ins_before(session, utcnow() - lifetime)
    session.add(
        OidcAanmeldpoging(
            state_hash=hash_secret(state),
            browser_hash=hash_secret(binding),
            issuer=uitgever.issuer,
            nonce=nonce,
            code_verifier=verifier,
            terug_naar=terug,
        )
    )
    query = {
        "response_type": "code",
        "client_id": uitgever.client_id or "",
        "redirect_uri": redirect_uri,
        "scope": oidc.settings.oidc_scopes,
        "state": state,
        "nonce": nonce,
        "code_challenge": code_challenge(verifier),
        "code_challenge_method": "S256",
    }
    return Start(f"{discovery['authorization_endpoint']}?{urlencode(query)}", binding)


async def take_pending(
    session: AsyncSession, oidc: OidcState, state: str, binding: str | None
) -> OidcAanmeldpoging:
    """The pending sign-in of `state`, removed so it is used once; it must be recent and
    started in this browser."""
    pending = await repository.take_sign_in(session, hash_secret(state))
    if pending is None:
        raise SignInFailed("This sign-in is unknown or was used already; sign in again.")
    if binding is None or hash_secret(binding) != pending.browser_hash:
        raise SignInFailed("This sign-in was started in another browser; sign in again.")
    if utcnow() - pending.aangemaakt_op > timedelta(seconds=oidc.settings.oidc_sign_in_seconds):
        raise SignInFailed("This sign-in took too long; sign in again.")
    return pending


async def finish(
    oidc: OidcState, uitgever: Uitgever, pending: OidcAanmeldpoging, code: str, redirect_uri: str
) -> tuple[Identiteit, str]:
    """Redeem the code (with the code verifier) and validate the ID token like an access
    token, for the client id and with the pending sign-in's nonce."""
    tokens = await _redeem(oidc, uitgever, pending, code, redirect_uri)
    id_token = tokens.get("id_token")
    if not isinstance(id_token, str):
        raise SignInFailed("The identity provider sent no ID token.")
    try:
        issuer, kid, algorithm = unverified_issuer(id_token)
        key = await oidc.metadata.signing_key(uitgever.issuer, kid)
        if issuer != uitgever.issuer or key is None:
            raise InvalidJwt("The ID token is not signed by the issuer of this sign-in.")
        identiteit = validate(id_token, uitgever, key, algorithm, uitgever.client_id)
    except InvalidJwt as error:
        raise SignInFailed(f"The ID token is not valid: {error}") from error
    if identiteit.claims.get("nonce") != pending.nonce:
        raise SignInFailed("The ID token does not belong to this sign-in (nonce).")
    return identiteit, id_token


async def _redeem(
    oidc: OidcState, uitgever: Uitgever, pending: OidcAanmeldpoging, code: str, redirect_uri: str
) -> dict[str, Any]:
    discovery = await oidc.metadata.discovery(uitgever.issuer)
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": redirect_uri,
        "code_verifier": pending.code_verifier,
    }
    client_id, secret = uitgever.client_id or "", uitgever.secret(oidc.settings)
    auth: httpx.BasicAuth | None = None
    methods = discovery.get("token_endpoint_auth_methods_supported", ["client_secret_basic"])
    if secret is None:
        form["client_id"] = client_id  # a public client: PKCE alone
    elif "client_secret_basic" in methods:
        auth = httpx.BasicAuth(client_id, secret)
    else:
        form |= {"client_id": client_id, "client_secret": secret}
    try:
        response = await oidc.metadata.http.post(
            discovery["token_endpoint"], data=form, auth=auth or httpx.USE_CLIENT_DEFAULT
        )
    except httpx.HTTPError as error:
        raise MetadataUnavailable("the token endpoint could not be reached") from error
    if response.status_code != 200:
        raise SignInFailed("The identity provider did not accept the sign-in; sign in again.")
    body = response.json()
    return body if isinstance(body, dict) else {}

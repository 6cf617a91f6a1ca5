"""The cookies of the web pages, each signed with the session secret (itsdangerous).

- `vpm_sessie`: the session key (service.py); `HttpOnly`, `SameSite=Lax`, `Secure` over
  HTTPS, path `/`, no `Max-Age` (ends with the browser; the server ends it sooner).
- `vpm_aanmelden`: the CSRF value of the sign-in form, before there is a session.
- `vpm_melding`: a one-time message for the next page ("U bent afgemeld.").

The API never reads any of them (app/auth/dependencies.py reads only `Authorization`).
"""

import secrets
from dataclasses import dataclass
from typing import Literal

import structlog
from itsdangerous import BadSignature, URLSafeSerializer, URLSafeTimedSerializer
from starlette.requests import Request
from starlette.responses import Response

from app.config import Settings

log = structlog.get_logger("vpmonitor.web")

SESSIE = "vpm_sessie"
AANMELDEN = "vpm_aanmelden"
MELDING = "vpm_melding"
MeldingSoort = Literal["ok", "info", "warning", "error"]
MELDING_SOORTEN: tuple[MeldingSoort, ...] = ("ok", "info", "warning", "error")
MAX_MELDING = 300
AFMELDEN = "vpm_afmelden"  # signing out at the identity provider (RP-initiated logout)
AFMELDEN_PATH = "/uitloggen"
AFMELDEN_SECONDS = 300
MAX_AFMELDEN = 4000
NIEUW_GEHEIM = "vpm_nieuw_token"  # a new token's secret, shown once after the redirect
NIEUW_GEHEIM_SECONDS = 120


@dataclass(frozen=True)
class Melding:
    tekst: str
    soort: MeldingSoort = "ok"


_process_secret: list[str] = []  # this process's random secret, made on first use


def session_secret(settings: Settings) -> str:
    """The configured secret, or one random secret for this process, with a warning once: a
    session signed by one process is refused by another, and a restart signs everyone out.
    (`vpmonitor serve` sets one secret for all its workers.)"""
    if settings.session_secret is not None:
        return settings.session_secret.get_secret_value()
    if not _process_secret:
        log.warning(
            "session_secret_random",
            detail="VPM_SESSION_SECRET is not set: this process signs its session cookies with "
            "a random secret. Set it when more than one process serves the pages.",
        )
        _process_secret.append(secrets.token_urlsafe(32))
    return _process_secret[0]


class Cookies:
    """Signs, reads and sets the pages' cookies."""

    def __init__(self, secret: str, *, always_secure: bool = False) -> None:
        self.always_secure = always_secure
        self._sessie = URLSafeSerializer(secret, salt="vpm-sessie")
        self._aanmelden = URLSafeSerializer(secret, salt="vpm-aanmelden")
        self._melding = URLSafeSerializer(secret, salt="vpm-melding")
        self._afmelden = URLSafeTimedSerializer(secret, salt="vpm-afmelden")
        self._geheim = URLSafeTimedSerializer(secret, salt="vpm-nieuw-geheim")

    def session_key(self, request: Request) -> str | None:
        value = _loads(self._sessie, request.cookies.get(SESSIE))
        return value if isinstance(value, str) else None

    def session_value(self, key: str) -> str:
        """The value of the session cookie for this key (signed)."""
        return self._sessie.dumps(key)

    def set_session(self, request: Request, response: Response, key: str) -> None:
        self._set(request, response, SESSIE, self.session_value(key))

    def clear_session(self, request: Request, response: Response) -> None:
        self._clear(request, response, SESSIE)

    def sign_in_token(self, request: Request) -> str | None:
        """The sign-in form's CSRF value of this browser, if it has one."""
        value = _loads(self._aanmelden, request.cookies.get(AANMELDEN))
        return value if isinstance(value, str) else None

    def set_sign_in_token(self, request: Request, response: Response, token: str) -> None:
        self._set(request, response, AANMELDEN, self._aanmelden.dumps(token))

    def melding(self, request: Request) -> Melding | None:
        """The message left for this page (`clear_melding` on the response shows it once)."""
        stored = _loads(self._melding, request.cookies.get(MELDING))
        if not isinstance(stored, list) or len(stored) != 2:
            return None
        tekst, soort = stored
        for known in MELDING_SOORTEN:
            if soort == known:
                return Melding(str(tekst)[:MAX_MELDING], known)
        return None

    def clear_melding(self, request: Request, response: Response) -> None:
        if MELDING in request.cookies:
            self._clear(request, response, MELDING)

    def leave_melding(self, request: Request, response: Response, melding: Melding) -> None:
        value = self._melding.dumps([melding.tekst[:MAX_MELDING], melding.soort])
        self._set(request, response, MELDING, value)

    def leave_issuer_sign_out(
        self, request: Request, response: Response, issuer: str, id_token_hint: str
    ) -> None:
        """What signing out at the identity provider needs once the session is gone: its
        issuer and the ID token as hint, signed, for a few minutes, sent only to
        /uitloggen/… (never in a URL or a page of this service)."""
        value = self._afmelden.dumps([issuer, id_token_hint])
        response.set_cookie(
            AFMELDEN, value, max_age=AFMELDEN_SECONDS, path=AFMELDEN_PATH, httponly=True,
            samesite="lax", secure=self._secure(request),
        )  # fmt: skip

    def issuer_sign_out(self, request: Request) -> tuple[str, str] | None:
        """The issuer and ID-token hint left by `leave_issuer_sign_out`, while fresh."""
        value = request.cookies.get(AFMELDEN)
        if not value or len(value) > MAX_AFMELDEN:
            return None
        try:
            stored = self._afmelden.loads(value, max_age=AFMELDEN_SECONDS)
        except BadSignature:
            return None
        if not isinstance(stored, list) or len(stored) != 2:
            return None
        issuer, hint = stored
        return (issuer, hint) if isinstance(issuer, str) and isinstance(hint, str) else None

    def clear_issuer_sign_out(self, request: Request, response: Response) -> None:
        response.delete_cookie(
            AFMELDEN, path=AFMELDEN_PATH, httponly=True, samesite="lax",
            secure=self._secure(request),
        )  # fmt: skip

    def leave_new_secret(
        self, request: Request, response: Response, path: str, omschrijving: str, secret: str
    ) -> None:
        """A just-issued token's secret for the page at `path` to show once, after the
        redirect that follows the form (so a reload neither shows it again nor issues
        another token). Signed, HttpOnly, for that path only, for two minutes."""
        value = self._geheim.dumps([omschrijving, secret])
        response.set_cookie(
            NIEUW_GEHEIM, value, max_age=NIEUW_GEHEIM_SECONDS, path=path, httponly=True,
            samesite="strict", secure=self._secure(request),
        )  # fmt: skip

    def new_secret(self, request: Request) -> tuple[str, str] | None:
        value = request.cookies.get(NIEUW_GEHEIM)
        if not value or len(value) > MAX_AFMELDEN:
            return None
        try:
            stored = self._geheim.loads(value, max_age=NIEUW_GEHEIM_SECONDS)
        except BadSignature:
            return None
        if not isinstance(stored, list) or len(stored) != 2:
            return None
        omschrijving, secret = stored
        if isinstance(omschrijving, str) and isinstance(secret, str):
            return omschrijving, secret
        return None

    def clear_new_secret(self, request: Request, response: Response, path: str) -> None:
        response.delete_cookie(
            NIEUW_GEHEIM, path=path, httponly=True, samesite="strict",
            secure=self._secure(request),
        )  # fmt: skip

    def _secure(self, request: Request) -> bool:
        """Over HTTPS as uvicorn saw it (after trusted proxy headers), or always when the
        public URL is https."""
        return self.always_secure or request.url.scheme == "https"

    def _set(self, request: Request, response: Response, name: str, value: str) -> None:
        response.set_cookie(
            name, value, path="/", httponly=True, samesite="lax", secure=self._secure(request)
        )

    def _clear(self, request: Request, response: Response, name: str) -> None:
        response.delete_cookie(
            name, path="/", httponly=True, samesite="lax", secure=self._secure(request)
        )


def _loads(serializer: URLSafeSerializer, value: str | None) -> object:
    if not value or len(value) > 2048:
        return None
    try:
        return serializer.loads(value)
    except BadSignature:
        return None

"""A real OpenID provider for the tests, run as its own process on its own port.

Like Keycloak, it serves any number of realms, each an issuer of its own
(`http://127.0.0.1:<port>/realms/<name>`) with its own signing keys (joserfc: another JOSE
library than the service's PyJWT), discovery document, JWKS, authorization endpoint
(authorization code flow with PKCE S256 and nonce), token endpoint (client
authentication, code used once) and end-session endpoint (RP-initiated logout, recorded).
Tests give every test a realm of its own and steer it through `/beheer/…`: who signs in
next, a person's claims, a key rotation, an access token with chosen claims, how often the
keys were fetched, and the logouts received.

    python -m uvicorn tests.oidc.provider:app --port 9400
"""

import base64
import hashlib
import secrets
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import ECKey, RSAKey
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

Key = RSAKey | ECKey


def new_key(algorithm: str) -> Key:
    parameters = {"kid": secrets.token_hex(8), "use": "sig"}
    if algorithm == "ES256":
        return ECKey.generate_key("P-256", parameters=parameters)
    return RSAKey.generate_key(2048, parameters=parameters)


@dataclass
class Grant:
    client_id: str
    redirect_uri: str
    challenge: str
    nonce: str | None
    sub: str


@dataclass
class Realm:
    issuer: str
    algorithm: str
    client_id: str
    client_secret: str
    audience: str
    keys: list[Key]
    users: dict[str, dict[str, Any]] = field(default_factory=dict)
    next_sub: str | None = None
    grants: dict[str, Grant] = field(default_factory=dict)
    fetches: dict[str, int] = field(default_factory=lambda: {"jwks": 0, "discovery": 0})
    offers_logout: bool = True  # publishes an end_session_endpoint (RP-initiated logout)
    logouts: list[dict[str, str]] = field(default_factory=list)

    def sign(self, claims: dict[str, Any], header: dict[str, Any] | None = None) -> str:
        key = self.keys[0]
        protected = {"alg": self.algorithm, "kid": key.kid, **(header or {})}
        return jwt.encode(protected, claims, key, algorithms=[self.algorithm])

    def claims(self, sub: str, audience: str, **overrides: Any) -> dict[str, Any]:
        now = int(time.time())
        base = {"iss": self.issuer, "sub": sub, "aud": audience, "iat": now, "nbf": now}
        return {**base, "exp": now + 3600, **self.users.get(sub, {}), **overrides}


REALMS: dict[str, Realm] = {}


def realm_of(request: Request) -> Realm:
    return REALMS[request.path_params["realm"]]


async def create_realm(request: Request) -> Response:
    body = await request.json()
    name = body["naam"]
    issuer = f"{request.base_url}realms/{name}".replace("localhost", "127.0.0.1")
    algorithm = body.get("alg", "RS256")
    REALMS[name] = Realm(
        issuer=issuer,
        algorithm=algorithm,
        client_id=body.get("clientId", "vpmonitor"),
        client_secret=body.get("clientSecret", "geheim"),
        audience=body.get("audience", body.get("clientId", "vpmonitor")),
        keys=[new_key(algorithm)],
        offers_logout=body.get("afmelden", True),
    )
    return JSONResponse({"issuer": issuer}, status_code=201)


async def put_user(request: Request) -> Response:
    realm_of(request).users[request.path_params["sub"]] = await request.json()
    return Response(status_code=204)


async def put_next_sign_in(request: Request) -> Response:
    realm_of(request).next_sub = (await request.json())["sub"]
    return Response(status_code=204)


async def rotate_keys(request: Request) -> Response:
    """A new signing key; the old one stays published only when asked (`?behoud=1`)."""
    realm = realm_of(request)
    kept = realm.keys if request.query_params.get("behoud") else []
    realm.keys = [new_key(realm.algorithm), *kept]
    return JSONResponse({"kid": realm.keys[0].kid})


async def mint_token(request: Request) -> Response:
    """An access token as the realm issues them, with the claims a test chooses."""
    realm, body = realm_of(request), await request.json()
    claims = realm.claims(body["sub"], body.get("aud", realm.audience), **body.get("claims", {}))
    return JSONResponse({"token": realm.sign(claims, body.get("header"))})


async def statistics(request: Request) -> Response:
    return JSONResponse(realm_of(request).fetches)


async def discovery(request: Request) -> Response:
    realm = realm_of(request)
    realm.fetches["discovery"] += 1
    base = realm.issuer
    return JSONResponse(
        {
            "issuer": base,
            "authorization_endpoint": f"{base}/authorize",
            "token_endpoint": f"{base}/token",
            "jwks_uri": f"{base}/jwks",
            **({"end_session_endpoint": f"{base}/logout"} if realm.offers_logout else {}),
            "response_types_supported": ["code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": [realm.algorithm],
            "code_challenge_methods_supported": ["S256"],
            "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
            "scopes_supported": ["openid", "email", "profile"],
        }
    )


async def jwks(request: Request) -> Response:
    realm = realm_of(request)
    realm.fetches["jwks"] += 1
    return JSONResponse({"keys": [key.as_dict(private=False) for key in realm.keys]})


def _error(redirect_uri: str, state: str | None, error: str) -> Response:
    query = urlencode({"error": error, **({"state": state} if state else {})})
    return RedirectResponse(f"{redirect_uri}?{query}", status_code=302)


async def authorize(request: Request) -> Response:
    """Signs in the person the test chose (`next_sub`) at once: the consent screen of a real
    provider, minus the person."""
    realm, query = realm_of(request), request.query_params
    redirect_uri, state = query.get("redirect_uri", ""), query.get("state")
    if query.get("client_id") != realm.client_id or not redirect_uri:
        return JSONResponse({"error": "invalid_client"}, status_code=400)
    if query.get("response_type") != "code" or "openid" not in query.get("scope", "").split():
        return _error(redirect_uri, state, "invalid_request")
    if query.get("code_challenge_method") != "S256" or not query.get("code_challenge"):
        return _error(redirect_uri, state, "invalid_request")
    if realm.next_sub is None:
        return _error(redirect_uri, state, "access_denied")
    code = secrets.token_urlsafe(24)
    realm.grants[code] = Grant(
        realm.client_id, redirect_uri, query["code_challenge"], query.get("nonce"), realm.next_sub
    )
    return RedirectResponse(
        f"{redirect_uri}?{urlencode({'code': code, 'state': state or ''})}", status_code=302
    )


def _client_credentials(request: Request, form: dict[str, Any]) -> tuple[str, str]:
    header = request.headers.get("authorization", "")
    if header.startswith("Basic "):
        client_id, _, secret = base64.b64decode(header[6:]).decode().partition(":")
        return client_id, secret
    return str(form.get("client_id", "")), str(form.get("client_secret", ""))


def _pkce_matches(verifier: str, challenge: str) -> bool:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii") == challenge


async def token(request: Request) -> Response:
    realm, form = realm_of(request), dict(await request.form())
    client_id, secret = _client_credentials(request, form)
    if (client_id, secret) != (realm.client_id, realm.client_secret):
        return JSONResponse({"error": "invalid_client"}, status_code=401)
    grant = realm.grants.pop(str(form.get("code", "")), None)  # a code works once
    if (
        form.get("grant_type") != "authorization_code"
        or grant is None
        or grant.redirect_uri != form.get("redirect_uri")
        or not _pkce_matches(str(form.get("code_verifier", "")), grant.challenge)
    ):
        return JSONResponse({"error": "invalid_grant"}, status_code=400)
    nonce = {"nonce": grant.nonce} if grant.nonce else {}
    id_token = realm.sign(realm.claims(grant.sub, realm.client_id, **nonce))
    access_token = realm.sign(realm.claims(grant.sub, realm.audience), {"typ": "at+jwt"})
    body = {"token_type": "Bearer", "expires_in": 3600, "id_token": id_token}
    return JSONResponse({**body, "access_token": access_token})


async def logout(request: Request) -> Response:
    """RP-initiated logout: ends the person's session here (recorded for the tests, with
    whether the hint is an ID token this realm issued) and sends the browser back."""
    realm, query = realm_of(request), request.query_params
    hint = query.get("id_token_hint", "")
    try:
        claims = jwt.decode(hint, realm.keys[0], algorithms=[realm.algorithm]).claims
        hint_sub = str(claims.get("sub", "")) if claims.get("iss") == realm.issuer else ""
    except (JoseError, ValueError):
        hint_sub = ""
    realm.logouts.append({**dict(query), "hint_sub": hint_sub})
    target = query.get("post_logout_redirect_uri")
    return RedirectResponse(target, status_code=302) if target else Response("Afgemeld")


async def logouts(request: Request) -> Response:
    return JSONResponse(realm_of(request).logouts)


REALM = "/realms/{realm}"
app = Starlette(
    routes=[
        Route("/beheer/realms", create_realm, methods=["POST"]),
        Route("/beheer" + REALM + "/gebruikers/{sub}", put_user, methods=["PUT"]),
        Route("/beheer" + REALM + "/aanmelder", put_next_sign_in, methods=["PUT"]),
        Route("/beheer" + REALM + "/sleutels", rotate_keys, methods=["POST"]),
        Route("/beheer" + REALM + "/tokens", mint_token, methods=["POST"]),
        Route("/beheer" + REALM + "/statistiek", statistics),
        Route("/beheer" + REALM + "/afmeldingen", logouts),
        Route(REALM + "/.well-known/openid-configuration", discovery),
        Route(REALM + "/jwks", jwks),
        Route(REALM + "/authorize", authorize),
        Route(REALM + "/token", token, methods=["POST"]),
        Route(REALM + "/logout", logout),
    ]
)

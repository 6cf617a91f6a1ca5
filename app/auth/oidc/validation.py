"""Validating a JWT of a trusted issuer: signature, algorithm, issuer, audience and times."""

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import jwt
from jwt import PyJWK

from app.auth.oidc.issuers import Uitgever

# The algorithms accepted, with the key type each needs. Never `none`, never an HMAC
# algorithm (the keys are public: HS256 "signed" with one would be a forgery).
ALGORITHMS = {"RS256": "RSA", "PS256": "RSA", "ES256": "EC"}
CLOCK_SKEW_SECONDS = 60
REQUIRED_CLAIMS = ["iss", "sub", "aud", "exp", "iat"]


class InvalidJwt(Exception):
    """Why a JWT is refused, in words for the problem's `detail`."""


@dataclass(frozen=True, slots=True)
class Identiteit:
    """A person as a validated token of their issuer shows them."""

    uitgever: Uitgever
    sub: str
    email: str | None
    email_verified: bool
    expires_at: datetime
    claims: dict[str, Any]


def looks_like_jwt(token: str) -> bool:
    """Cheap: a compact JWS is three base64url parts whose header is a JSON object; opaque
    tokens (`vpm_…`, `demo-…`) have no dots."""
    return token.startswith("eyJ") and token.count(".") == 2


def unverified_issuer(token: str) -> tuple[str, str | None, str]:
    """The `iss`, `kid` and `alg` a token claims, to find the key to check it with."""
    try:
        header = jwt.get_unverified_header(token)
        payload = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError as error:
        raise InvalidJwt("The token is not a well-formed JWT.") from error
    algorithm, issuer, kid = header.get("alg"), payload.get("iss"), header.get("kid")
    if algorithm not in ALGORITHMS:
        raise InvalidJwt(f"The token's algorithm {algorithm!r} is not accepted.")
    if not isinstance(issuer, str):
        raise InvalidJwt("The token names no issuer.")
    return issuer, kid if isinstance(kid, str) else None, str(algorithm)


def validate(
    token: str, uitgever: Uitgever, key: PyJWK, algorithm: str, audience: str | None
) -> Identiteit:
    """The token's identity when `key` signed it for `audience` and it is valid now."""
    if key.key_type != ALGORITHMS[algorithm]:
        raise InvalidJwt("The token's algorithm does not fit the issuer's key.")
    if not audience:
        raise InvalidJwt("No audience is configured for this issuer.")
    try:
        claims = jwt.decode(
            token,
            key.key,
            algorithms=[algorithm],
            audience=audience,
            issuer=uitgever.issuer,
            leeway=CLOCK_SKEW_SECONDS,
            options={"require": REQUIRED_CLAIMS, "verify_nbf": True},
        )
    except jwt.ExpiredSignatureError as error:
        raise InvalidJwt("The token has expired.") from error
    except jwt.ImmatureSignatureError as error:
        raise InvalidJwt("The token is not valid yet.") from error
    except jwt.InvalidAudienceError as error:
        raise InvalidJwt("The token is meant for another audience.") from error
    except jwt.InvalidIssuerError as error:
        raise InvalidJwt("The token's issuer is not trusted.") from error
    except jwt.InvalidSignatureError as error:
        raise InvalidJwt("The token's signature is not valid.") from error
    except jwt.PyJWTError as error:
        raise InvalidJwt(f"The token is not valid: {error}.") from error
    return _identity(uitgever, claims)


def _identity(uitgever: Uitgever, claims: dict[str, Any]) -> Identiteit:
    sub, email = claims.get("sub"), claims.get("email")
    if not isinstance(sub, str) or not sub:
        raise InvalidJwt("The token names no subject.")
    return Identiteit(
        uitgever=uitgever,
        sub=sub,
        email=email.strip().lower() if isinstance(email, str) else None,
        email_verified=claims.get("email_verified") is True,
        expires_at=datetime.fromtimestamp(int(claims["exp"]), UTC),
        claims=claims,
    )

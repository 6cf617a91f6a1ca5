"""JWT access tokens on the API, and the challenge that tells a client where to get one."""

from datetime import datetime

from fastapi import Request
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.oidc import accounts
from app.auth.oidc.metadata import MetadataUnavailable
from app.auth.oidc.state import OidcState
from app.auth.oidc.validation import InvalidJwt, unverified_issuer, validate
from app.auth.principal import Principal
from app.core.errors import ServiceUnavailable, Unauthenticated

REALM = "VP Monitor"
METADATA_PATH = "/.well-known/oauth-protected-resource"


def oidc_of(request: Request) -> OidcState:
    state: OidcState = request.app.state.oidc
    return state


async def principal_for_jwt(
    request: Request, session: AsyncSession, token: str
) -> tuple[Principal, datetime]:
    """The account behind a valid access token of a trusted issuer, and the token's expiry."""
    oidc = oidc_of(request)
    try:
        issuer, kid, algorithm = unverified_issuer(token)
        uitgever = await oidc.issuers.find(session, issuer)
        if uitgever is None:
            raise InvalidJwt("The token's issuer is not trusted.")
        key = await oidc.metadata.signing_key(uitgever.issuer, kid)
        if key is None:
            raise InvalidJwt("The token is signed with a key its issuer does not publish.")
        identiteit = validate(token, uitgever, key, algorithm, uitgever.api_audience)
    except InvalidJwt as error:
        raise await unauthenticated(request, session, str(error), invalid_token=True) from error
    except MetadataUnavailable as error:
        retry = request.app.state.settings.retry_after_seconds
        raise ServiceUnavailable(
            "The identity provider cannot be reached to check the token; try again shortly.",
            retry,
        ) from error
    principal = await accounts.principal_for(session, request.app.state.sessionmaker, identiteit)
    return principal, identiteit.expires_at


def public_base(request: Request) -> str:
    """The service's own origin: `VPM_PUBLIC_URL` when set; else the request's (development)."""
    configured = request.app.state.settings.public_url
    return (configured or str(request.base_url)).rstrip("/")


async def unauthenticated(
    request: Request, session: AsyncSession, detail: str, *, invalid_token: bool = False
) -> Unauthenticated:
    """A 401 whose challenge names the realm and, when issuers are configured, where a client
    finds them (RFC 9728 `resource_metadata`; `authorization_uri` with a single issuer)."""
    parts = [f'realm="{REALM}"']
    if invalid_token:
        parts.append('error="invalid_token"')
    oidc = oidc_of(request)
    uitgevers = await oidc.issuers.all(session)
    if uitgevers:
        parts.append(f'resource_metadata="{public_base(request)}{METADATA_PATH}"')
    if len(uitgevers) == 1:
        try:
            discovery = await oidc.metadata.discovery(uitgevers[0].issuer)
            if "authorization_endpoint" in discovery:
                parts.append(f'authorization_uri="{discovery["authorization_endpoint"]}"')
        except MetadataUnavailable:
            pass  # the challenge without it still names the metadata
    return Unauthenticated(detail, challenge="Bearer " + ", ".join(parts))

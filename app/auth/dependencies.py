"""The dependencies that identify the caller and check its role."""

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Annotated

import structlog
from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from app.auth import token_cache
from app.auth.oidc.api_tokens import principal_for_jwt, unauthenticated
from app.auth.oidc.validation import looks_like_jwt
from app.auth.principal import Principal
from app.auth.roles import Rol
from app.auth.token_lookup import principal_for_token
from app.auth.tokens import hash_secret
from app.core.db import DbSession, utcnow
from app.core.errors import Forbidden

bearer = HTTPBearer(
    auto_error=False,
    description="Een token dat aan een account is uitgegeven: `Authorization: Bearer <token>`.",
)


async def current_principal(
    request: Request,
    session: DbSession,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Principal:
    """The account behind the bearer token; 401 when it is missing, unknown or no longer valid.

    The token is either one of our own opaque tokens or a JWT access token of a trusted
    issuer (app/auth/oidc/). Either lookup is remembered a few seconds per worker
    (app/auth/token_cache.py), a JWT's no longer than it is valid."""
    if credentials is None or not credentials.credentials:
        raise await unauthenticated(request, session, "A valid bearer token is required.")
    token = credentials.credentials
    token_hash, now = hash_secret(token), utcnow()
    cache: token_cache.TokenCache = request.app.state.token_cache
    principal = cache.get(token_hash, now)
    if principal is None:
        generation = token_cache.generation()
        found: tuple[Principal, datetime] | None
        if looks_like_jwt(token):
            found = await principal_for_jwt(request, session, token)
        else:
            found = await principal_for_token(session, token_hash, now)
        if found is None:
            detail = "The token is unknown, expired or revoked."
            raise await unauthenticated(request, session, detail, invalid_token=True)
        principal, verloopt_op = found
        cache.put(token_hash, principal, verloopt_op, generation)
    _identify(principal)
    return principal


CurrentPrincipal = Annotated[Principal, Depends(current_principal)]


async def remembered_principal(request: Request) -> Principal | None:
    """The caller, if this worker remembers its token (app/auth/token_cache.py); no query.
    The header is read by `bearer`, as for `current_principal`."""
    credentials = await bearer(request)
    if credentials is None or not credentials.credentials:
        return None
    cache: token_cache.TokenCache = request.app.state.token_cache
    principal = cache.get(hash_secret(credentials.credentials), utcnow())
    if principal is not None:
        _identify(principal)
    return principal


def _identify(principal: Principal) -> None:
    """Name the caller in every log line of the request."""
    structlog.contextvars.bind_contextvars(gebruiker_id=str(principal.gebruiker_id))


def requires(*roles: Rol) -> Callable[[Principal], Awaitable[Principal]]:
    """A dependency that lets only the given roles through (403 for the others)."""
    allowed = frozenset(roles)
    names = ", ".join(sorted(role.value for role in allowed))

    async def check(principal: CurrentPrincipal) -> Principal:
        if principal.rol not in allowed:
            raise Forbidden(f"This operation is for the roles: {names}.")
        return principal

    return check


# The role sets of the operations, declared once: a route takes the alias of who may call it.
Beheerder = Annotated[Principal, Depends(requires(Rol.BEHEERDER))]
Regievoerder = Annotated[Principal, Depends(requires(Rol.REGIEVOERDER))]
Mt = Annotated[Principal, Depends(requires(Rol.MT))]
# A verbonden partij's own system, managing what is its own (its tokens).
Partner = Annotated[Principal, Depends(requires(Rol.PARTNER))]
# The four municipal roles: read what the municipality may see.
Municipal = Annotated[
    Principal, Depends(requires(Rol.BEHEERDER, Rol.MT, Rol.REGIEVOERDER, Rol.LEZER))
]
# Who directs a party: its municipality's beheerder or an assigned regievoerder.
Director = Annotated[Principal, Depends(requires(Rol.BEHEERDER, Rol.REGIEVOERDER))]
# Who writes what a party delivers: its partner, or a regievoerder or beheerder on its behalf.
PartyWriter = Annotated[Principal, Depends(requires(Rol.PARTNER, Rol.REGIEVOERDER, Rol.BEHEERDER))]
# Who reads the municipality's management documents (BBV paragraph, MT report).
ManagementReader = Annotated[Principal, Depends(requires(Rol.MT, Rol.BEHEERDER, Rol.LEZER))]
# Who opens and closes the half-year rounds.
RoundManager = Annotated[Principal, Depends(requires(Rol.MT, Rol.BEHEERDER))]

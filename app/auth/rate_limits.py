"""Per-token rate limits on routes (the counter itself is `app.core.rate_limit`).

Wire a limit into a route by adding a parameter: `_limit: PartnerPushRateLimit`. Pages count
through `charge` too (app/web/dependencies.py), per account: a page session has no token.
"""

from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import Depends, Request

from app.auth.dependencies import CurrentPrincipal
from app.auth.principal import Principal
from app.config import Settings
from app.core.errors import TooManyRequests
from app.core.rate_limit import hit


async def charge(request: Request, principal: Principal, scope: str, limit: int) -> None:
    """Count one call of `scope` by the principal's token (signed in on a page: its account)
    across worker processes; over `limit` per window it is 429 with Retry-After."""
    settings: Settings = request.app.state.settings
    caller = principal.token_id or principal.gebruiker_id
    verdict = await hit(
        request.app.state.engine,
        f"{scope}:{caller}",
        limit,
        settings.rate_limit_window_seconds,
    )
    if not verdict.allowed:
        raise TooManyRequests(
            f"At most {limit} requests per {settings.rate_limit_window_seconds} s for "
            f"this token; try again after {verdict.retry_after_seconds} s.",
            verdict.retry_after_seconds,
        )


def per_token_limit(
    scope: str, limit_of: Callable[[Settings], int]
) -> Callable[[Request, CurrentPrincipal], Awaitable[None]]:
    """A dependency that allows each token `limit_of(settings)` calls per window of `scope`."""

    async def check(request: Request, principal: CurrentPrincipal) -> None:
        await charge(request, principal, scope, limit_of(request.app.state.settings))

    return check


PARTNER_PUSH = "partner-push"


def partner_push_limit(settings: Settings) -> int:
    return settings.partner_push_limit


# Writes a partner may make (POST …/rapportages, PUT …/begrotingen/{jaar}, POST …/documenten,
# PUT …/wgr-termijnen): together VPM_PARTNER_PUSH_LIMIT per window per token, whoever holds
# the token (a regievoerder pushing on a partner's behalf counts against their own token).
PartnerPushRateLimit = Annotated[None, Depends(per_token_limit(PARTNER_PUSH, partner_push_limit))]

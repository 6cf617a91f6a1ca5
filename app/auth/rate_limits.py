"""Per-token rate limits on routes (the counter itself is `app.core.rate_limit`).

Wire a limit into a route by adding a parameter: `_limit: PartnerPushRateLimit`.
"""

from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import Depends, Request

from app.auth.dependencies import CurrentPrincipal
from app.config import Settings
from app.core.errors import TooManyRequests
from app.core.rate_limit import hit


def per_token_limit(
    scope: str, limit_of: Callable[[Settings], int]
) -> Callable[[Request, CurrentPrincipal], Awaitable[None]]:
    """A dependency that allows each token `limit_of(settings)` calls per window of `scope`."""

    async def check(request: Request, principal: CurrentPrincipal) -> None:
        settings: Settings = request.app.state.settings
        caller = principal.token_id or principal.gebruiker_id
        limit = limit_of(settings)
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

    return check


def _partner_push_limit(settings: Settings) -> int:
    return settings.partner_push_limit


# Writes a partner may make (POST …/rapportages, PUT …/begrotingen/{jaar}, POST …/documenten,
# PUT …/wgr-termijnen): together VPM_PARTNER_PUSH_LIMIT per window per token, whoever holds
# the token (a regievoerder pushing on a partner's behalf counts against their own token).
PartnerPushRateLimit = Annotated[
    None, Depends(per_token_limit("partner-push", _partner_push_limit))
]

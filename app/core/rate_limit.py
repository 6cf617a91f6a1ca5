"""Per-token rate limits that hold across worker processes: a fixed-window counter in the
database, bumped by one atomic upsert in a short transaction of its own.

The counter lives in the database every worker already shares, so the default needs no extra
server; the count commits even when the request itself fails, so a client cannot hammer the
service with requests that are refused for other reasons.

Wire a limit into a route by adding a parameter: `_: PartnerPushRateLimit`.
"""

import math
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy import BigInteger, Integer, String, delete
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.orm import Mapped, mapped_column

from app.auth.dependencies import CurrentPrincipal
from app.config import Settings
from app.core.db import Base
from app.core.errors import TooManyRequests


class RateLimitWindow(Base):
    """How often a bucket (a scope and a token) was hit in one window of time."""

    __tablename__ = "rate_limit_windows"

    bucket: Mapped[str] = mapped_column(String(120), primary_key=True)
    window_index: Mapped[int] = mapped_column(BigInteger, primary_key=True)  # epoch // length
    hits: Mapped[int] = mapped_column(Integer, default=0)


@dataclass(frozen=True)
class Verdict:
    hits: int
    limit: int
    retry_after_seconds: int

    @property
    def allowed(self) -> bool:
        return self.hits <= self.limit


async def hit(
    engine: AsyncEngine, bucket: str, limit: int, window_seconds: int, now: float | None = None
) -> Verdict:
    """Count one hit of `bucket` in the current window, committed at once."""
    now = time.time() if now is None else now
    window = int(now // window_seconds)
    async with engine.begin() as connection:
        dialect_insert = (
            postgresql.insert if connection.dialect.name == "postgresql" else sqlite.insert
        )
        upsert = (
            dialect_insert(RateLimitWindow)
            .values(bucket=bucket, window_index=window, hits=1)
            .on_conflict_do_update(
                index_elements=[RateLimitWindow.bucket, RateLimitWindow.window_index],
                set_={"hits": RateLimitWindow.hits + 1},
            )
            .returning(RateLimitWindow.hits)
        )
        hits = int((await connection.execute(upsert)).scalar_one())
        if hits == 1:  # the first hit of a new window: forget this bucket's older windows
            await connection.execute(
                delete(RateLimitWindow).where(
                    RateLimitWindow.bucket == bucket, RateLimitWindow.window_index < window
                )
            )
    retry_after = max(1, math.ceil((window + 1) * window_seconds - now))
    return Verdict(hits, limit, retry_after)


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

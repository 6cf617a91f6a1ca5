"""Per-token rate limits that hold across worker processes: a fixed-window counter in the
database, bumped by one atomic upsert in a short transaction of its own.

The counter lives in the database every worker already shares, so the default needs no extra
server; the count commits even when the request itself fails, so a client cannot hammer the
service with requests that are refused for other reasons.

Routes wire a limit in with the dependencies of `app.auth.rate_limits`.
"""

import math
import time
from dataclasses import dataclass

from sqlalchemy import BigInteger, Integer, String, delete
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.orm import Mapped, mapped_column

from app.core.db import Base


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

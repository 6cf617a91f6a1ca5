"""When to try a failed delivery again: exponential backoff with jitter, for at least 24 h.
Pure; the random source is injected so the schedule is testable."""

import random
from collections.abc import Callable
from datetime import datetime, timedelta

FIRST_DELAY = timedelta(seconds=30)
MAX_DELAY = timedelta(hours=4)
RETRY_WINDOW = timedelta(hours=24)

Jitter = Callable[[], float]  # a number in [0, 1)


def system_jitter() -> float:
    return random.random()  # noqa: S311 - spreading retries, not cryptography


def delay(attempt: int, jitter: Jitter = system_jitter) -> timedelta:
    """Before attempt `attempt + 1`: 30 s doubled per attempt up to 4 h, then between half
    and all of that (so receivers that came back are not hit by every sender at once)."""
    base = min(FIRST_DELAY * (2 ** max(attempt - 1, 0)), MAX_DELAY)
    spread: timedelta = base * (0.5 + jitter() / 2)
    return spread


def next_attempt(
    first_attempt: datetime, now: datetime, attempts: int, jitter: Jitter = system_jitter
) -> datetime | None:
    """When to try again after `attempts` failed attempts, or None to give up: the delivery
    is failed once the retry window since the first attempt has passed."""
    if now - first_attempt >= RETRY_WINDOW:
        return None
    return now + delay(attempts, jitter)
